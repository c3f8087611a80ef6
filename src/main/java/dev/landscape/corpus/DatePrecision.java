package dev.landscape.corpus;

/** How much of a paper's date is known: metadata usually gives a day, an arXiv id only a month. */
public enum DatePrecision {
  DAY,
  MONTH,
  NONE
}
