package dev.landscape.corpus;

/**
 * A record as a reader found it, before any checks: fields are {@code null} when the record has no such field.
 *
 * @param line the line (or record number) where the record starts, for error messages
 * @param id the id as written
 * @param title the title
 * @param abstractText the abstract
 * @param categories space-separated categories
 * @param dateText the date as written, when the metadata has one
 */
record RawRecord(long line, String id, String title, String abstractText, String categories, String dateText) {}
