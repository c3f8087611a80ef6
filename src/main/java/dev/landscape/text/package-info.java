/**
 * Text preparation: from abstracts to token ids over a vocabulary. Tokenization is a pure function of the text
 * (so it runs in parallel and repeats exactly); ids are assigned in corpus order, so they never depend on threads.
 */
package dev.landscape.text;
