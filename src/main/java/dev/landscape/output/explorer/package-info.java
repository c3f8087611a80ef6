/**
 * The data behind report.html's explorer: topics and themes with the terms a relevance slider can show, their
 * places on the distance map, and the papers a reader can search, filter and page through. Built from a run's
 * results, serialized as JSON into the page, drawn there with D3.
 */
package dev.landscape.output.explorer;
