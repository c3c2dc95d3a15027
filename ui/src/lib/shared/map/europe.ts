// The map of Europe behind the Pairing map: Natural Earth's countries (public domain, through
// world-atlas's countries-50m.json, cut down to the frame by make-europe-topology.mjs) in the
// Lambert azimuthal equal-area projection centred on Europe (as ETRS89-LAEA), fitted to
// Europe and to the hubs shown. The country outlines are projected once per fit and kept.

import { geoAzimuthalEqualArea, geoGraticule10, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiPoint, Position } from 'geojson';
import spec from '../../../../../crates/core/data/map/frame.json';
import topology from '../../../../../crates/core/data/map/europe-50m.json';

export const MAP_WIDTH = spec.width;
export const MAP_HEIGHT = spec.height;

type Box = [[number, number], [number, number]];

const EUROPE = spec.europe as Box;
const REACH = spec.reach as Box;
const ROTATE = spec.rotate as [number, number];

/** The countries, converted once when the map is first needed. */
const world = topology as unknown as Topology<{ countries: GeometryCollection }>;
const countries: FeatureCollection = feature(world, world.objects.countries);
const graticule = geoGraticule10();

/** The map drawn for one extent: where things go, and the outlines to draw. */
export interface MapFrame {
  key: string;
  /** Screen position of a place, or null when it is off the map. */
  project: (longitude: number, latitude: number) => [number, number] | null;
  /** Every country as one SVG path (fills and borders). */
  land: string;
  /** The 10° lines of latitude and longitude. */
  graticule: string;
}

/** Whether a hub can be placed at all: on the side of the globe the map shows. */
export function withinReach(longitude: number, latitude: number): boolean {
  return (
    Number.isFinite(longitude) &&
    Number.isFinite(latitude) &&
    longitude >= REACH[0][0] &&
    longitude <= REACH[1][0] &&
    latitude >= REACH[0][1] &&
    latitude <= REACH[1][1]
  );
}

/**
 * The extent to fit: the whole of Europe always (the map never zooms in further), grown to
 * take in each place with a margin, in whole degrees so that small moves keep the same fit.
 */
export function extentOf(places: Array<[number, number]>): Box {
  let [[west, south], [east, north]] = EUROPE;
  const m = spec.hubMargin;
  for (const [lon, lat] of places) {
    if (!withinReach(lon, lat)) continue;
    west = Math.min(west, lon - m);
    east = Math.max(east, lon + m);
    south = Math.min(south, lat - m);
    north = Math.max(north, lat + m);
  }
  return [
    [Math.floor(west), Math.floor(south)],
    [Math.ceil(east), Math.ceil(north)],
  ];
}

/** The edges of a longitude/latitude box as points, for fitting (its outline is curved). */
function outline([[west, south], [east, north]]: Box): MultiPoint {
  const coordinates: Position[] = [];
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const lon = west + (east - west) * t;
    const lat = south + (north - south) * t;
    coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates }; // words: not shown
}

function build(extent: Box, key: string): MapFrame {
  const w = MAP_WIDTH;
  const h = MAP_HEIGHT;
  const pad = spec.padding;
  const projection: GeoProjection = geoAzimuthalEqualArea()
    .rotate(ROTATE)
    .clipAngle(90)
    .fitExtent(
      [
        [pad, pad],
        [w - pad, h - pad],
      ],
      outline(extent),
    );
  // Outlines are cut at the frame: nothing off the map is kept in the paths.
  projection.clipExtent([
    [-2, -2],
    [w + 2, h + 2],
  ]);
  const path = geoPath(projection).digits(1);
  return {
    key,
    project(longitude, latitude) {
      if (!withinReach(longitude, latitude)) return null;
      const p = projection([longitude, latitude]);
      if (!p || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
      return [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
    },
    land: path(countries) ?? '',
    graticule: path(graticule) ?? '',
  };
}

/** The last few fits, by extent: the plan changes far more often than its extent. */
const frames = new Map<string, MapFrame>();

/** The map for these places (longitude, latitude), projected once per extent. */
export function frameFor(places: Array<[number, number]>): MapFrame {
  const extent = extentOf(places);
  const key = extent.flat().join(',');
  let frame = frames.get(key);
  if (frame) {
    // Most recently used last.
    frames.delete(key);
  } else {
    frame = build(extent, key);
    if (frames.size >= 4) frames.delete(frames.keys().next().value as string);
  }
  frames.set(key, frame);
  return frame;
}
