/** Helpers for the thread pools of the stages. */
package dev.landscape.concurrent;
