// Writes crates/core/data/map/europe-50m.json (read by this map and by the printed cycle
// report's, so both draw the same shapes): the countries of world-atlas's countries-50m.json (Natural Earth,
// public domain) that the Pairing map can show, as TopoJSON with only the arcs they use.
// The whole file would make a 757 kB script chunk; this one is about half of it.
//
// Run from ui/ after changing world-atlas or frame.json:  npm run map-data
//
// A country is kept when one of its points falls inside the map's frame (frame.json) or a
// little around it, with the map's own projection fitted to Europe; the arcs are copied as
// they are (same quantization and transform), only renumbered.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoAzimuthalEqualArea } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const here = new URL('../../../../../crates/core/data/map/', import.meta.url);
const frame = JSON.parse(readFileSync(new URL('frame.json', here), 'utf8'));
const worldPath = require.resolve('world-atlas/countries-50m.json');
const world = JSON.parse(readFileSync(worldPath, 'utf8'));
const version = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;

// The frame as the map draws it when every hub is in Europe, and 8 % around it, for hubs a
// little outside Europe.
const { width: W, height: H, padding: pad } = frame;
const [[west, south], [east, north]] = frame.europe;
const edge = [];
for (let i = 0; i <= 16; i++) {
  const t = i / 16;
  const lon = west + (east - west) * t;
  const lat = south + (north - south) * t;
  edge.push([lon, south], [lon, north], [west, lat], [east, lat]);
}
const projection = geoAzimuthalEqualArea()
  .rotate(frame.rotate)
  .fitExtent(
    [
      [pad, pad],
      [W - pad, H - pad],
    ],
    { type: 'MultiPoint', coordinates: edge },
  );
const slack = 0.08;
const [cLon, cLat] = frame.rotate.map((d) => -d);
const rad = Math.PI / 180;
/** On the hemisphere the map shows (the projection is clipped at 90°) and inside the frame. */
function shown([lon, lat]) {
  const cos = Math.sin(cLat * rad) * Math.sin(lat * rad) + Math.cos(cLat * rad) * Math.cos(lat * rad) * Math.cos((lon - cLon) * rad);
  if (cos <= 0) return false;
  const [x, y] = projection([lon, lat]);
  return x >= -W * slack && x <= W * (1 + slack) && y >= -H * slack && y <= H * (1 + slack);
}

function anyPoint(coordinates, test) {
  if (typeof coordinates[0] === 'number') return test(coordinates);
  return coordinates.some((c) => anyPoint(c, test));
}

const all = world.objects.countries.geometries;
const countries = feature(world, world.objects.countries).features;
const kept = all.filter((g, i) => {
  const geometry = countries[i].geometry;
  return geometry !== null && anyPoint(geometry.coordinates, shown);
});

// Copy the arcs the kept countries use, renumbered in order (a negative index is an arc
// taken backwards: ~i).
const renumber = new Map();
const arcs = [];
function mapArcs(a) {
  if (typeof a === 'number') {
    const i = a < 0 ? ~a : a;
    let j = renumber.get(i);
    if (j === undefined) {
      j = arcs.length;
      renumber.set(i, j);
      arcs.push(world.arcs[i]);
    }
    return a < 0 ? ~j : j;
  }
  return a.map(mapArcs);
}
const geometries = kept.map((g) => ({ ...g, arcs: mapArcs(g.arcs) }));

const out = {
  type: 'Topology',
  transform: world.transform,
  objects: { countries: { type: 'GeometryCollection', geometries } },
  arcs,
};
const text = JSON.stringify(out);
writeFileSync(new URL('europe-50m.json', here), text + '\n');
console.log(
  `europe-50m.json: ${kept.length} of ${all.length} countries, ${arcs.length} of ${world.arcs.length} arcs, ` +
    `${(text.length / 1000).toFixed(0)} kB (world-atlas ${version})`,
);
