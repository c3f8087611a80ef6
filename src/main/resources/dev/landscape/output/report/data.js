/* landscape report: the explorer's data, from the JSON block #landscape-data (dev.landscape.output.explorer). */
const landscapeData = JSON.parse(document.getElementById('landscape-data').textContent);
