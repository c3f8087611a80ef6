/** Which papers train the model when not all of them do ({@code --train-sample}). */
package dev.landscape.sample;
