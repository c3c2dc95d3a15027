//! The map of a cycle's trips for the printed report: Natural Earth's countries (the same
//! TopoJSON the Pairing map draws, `data/map/europe-50m.json`, decoded with the
//! `topojson` crate) in the Lambert azimuthal equal-area projection centred on Europe
//! (10° E, 52° N, as the screen map and ETRS89-LAEA), fitted to the trips, with each trip drawn
//! along its great circle: green travel in green, standard travel in blue.
//!
//! `f64` is used for the geometry only; the shapes are handed to the typesetter in points.

use std::sync::OnceLock;

use crate::intake::applications::TravelMode;
use crate::documents::typeset::{Rgb3, Shape};

use super::Trip;

/// The countries' outlines (world-atlas, Natural Earth 1:50m), packed by build.rs.
const TOPOLOGY: &[u8] = crate::platform::packed::packed!("europe-50m.json");

/// The projection's centre, longitude and latitude (the screen map's `rotate` negated).
const CENTRE: (f64, f64) = (10.0, 52.0);
/// Europe: the smallest extent the map shows (west, south, east, north).
const EUROPE: (f64, f64, f64, f64) = (-12.0, 35.0, 32.0, 66.0);
/// Degrees of margin around the hubs.
const MARGIN: f64 = 2.5;

pub const WIDTH: f32 = 463.0;
pub const HEIGHT: f32 = 330.0;
const PAD: f64 = 6.0;

const SEA: Rgb3 = [0.94, 0.96, 0.98];
const LAND: Rgb3 = [0.90, 0.90, 0.87];
const BORDER: Rgb3 = [1.0, 1.0, 1.0];
const STANDARD: Rgb3 = [0.09, 0.27, 0.42];
const GREEN: Rgb3 = [0.15, 0.55, 0.30];
const HUB: Rgb3 = [1.0, 1.0, 1.0];
const INK: Rgb3 = [0.2, 0.2, 0.2];

/// A polygon: its outer ring and holes, each a ring of (longitude, latitude).
type Polygon = Vec<Vec<(f64, f64)>>;

/// Each country's polygons, decoded once.
fn land() -> &'static Vec<Polygon> {
    static LAND: OnceLock<Vec<Polygon>> = OnceLock::new();
    LAND.get_or_init(|| {
        let topology = match crate::platform::packed::unpack_text(TOPOLOGY).parse::<topojson::TopoJson>() {
            Ok(topojson::TopoJson::Topology(t)) => t,
            _ => return Vec::new(),
        };
        let Ok(collection) = topojson::to_geojson(&topology, "countries") else { return Vec::new() };
        let ring = |r: &Vec<Vec<f64>>| r.iter().filter(|p| p.len() >= 2).map(|p| (p[0], p[1])).collect::<Vec<_>>();
        let mut polygons = Vec::new();
        for feature in collection.features {
            let Some(geometry) = feature.geometry else { continue };
            match geometry.value {
                geojson::Value::Polygon(rings) => polygons.push(rings.iter().map(ring).collect()),
                geojson::Value::MultiPolygon(parts) => polygons.extend(parts.iter().map(|rings| rings.iter().map(ring).collect())),
                _ => {}
            }
        }
        polygons
    })
}

/// The oblique Lambert azimuthal equal-area projection on the unit sphere, y up; `None` for a
/// point more than 90° from the centre (the far side is not drawn).
fn laea(lon: f64, lat: f64) -> Option<(f64, f64)> {
    let (l0, p0) = (CENTRE.0.to_radians(), CENTRE.1.to_radians());
    let (l, p) = (lon.to_radians(), lat.to_radians());
    let cos_c = p0.sin() * p.sin() + p0.cos() * p.cos() * (l - l0).cos();
    if cos_c < 0.0 {
        return None;
    }
    let k = (2.0 / (1.0 + cos_c)).sqrt();
    Some((k * p.cos() * (l - l0).sin(), k * (p0.cos() * p.sin() - p0.sin() * p.cos() * (l - l0).cos())))
}

/// The projection fitted to a frame: unit-sphere coordinates to points from the top-left.
struct Fit {
    scale: f64,
    tx: f64,
    ty: f64,
}

impl Fit {
    /// Fit the edges of a longitude/latitude box inside the frame, centred.
    fn to_box((west, south, east, north): (f64, f64, f64, f64)) -> Fit {
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        let steps = 16;
        for i in 0..=steps {
            let t = f64::from(i) / f64::from(steps);
            let lon = west + (east - west) * t;
            let lat = south + (north - south) * t;
            for (a, b) in [(lon, south), (lon, north), (west, lat), (east, lat)] {
                if let Some((x, y)) = laea(a, b) {
                    x0 = x0.min(x);
                    x1 = x1.max(x);
                    y0 = y0.min(y);
                    y1 = y1.max(y);
                }
            }
        }
        let (w, h) = (f64::from(WIDTH) - 2.0 * PAD, f64::from(HEIGHT) - 2.0 * PAD);
        let scale = (w / (x1 - x0).max(1e-9)).min(h / (y1 - y0).max(1e-9));
        Fit { scale, tx: PAD + (w - scale * (x1 - x0)) / 2.0 - scale * x0, ty: PAD + (h - scale * (y1 - y0)) / 2.0 + scale * y1 }
    }

    fn point(&self, lon: f64, lat: f64) -> Option<[f32; 2]> {
        let (x, y) = laea(lon, lat)?;
        Some([(self.tx + self.scale * x) as f32, (self.ty - self.scale * y) as f32])
    }
}

/// Points along the great circle from one place to another (longitude, latitude in degrees).
fn great_circle(from: (f64, f64), to: (f64, f64), steps: u32) -> Vec<(f64, f64)> {
    let v = |(lon, lat): (f64, f64)| {
        let (l, p) = (lon.to_radians(), lat.to_radians());
        [p.cos() * l.cos(), p.cos() * l.sin(), p.sin()]
    };
    let (a, b) = (v(from), v(to));
    let dot = (a[0] * b[0] + a[1] * b[1] + a[2] * b[2]).clamp(-1.0, 1.0);
    let omega = dot.acos();
    if omega < 1e-9 {
        return vec![from, to];
    }
    (0..=steps)
        .map(|i| {
            let t = f64::from(i) / f64::from(steps);
            let (s1, s2) = (((1.0 - t) * omega).sin() / omega.sin(), (t * omega).sin() / omega.sin());
            let c = [s1 * a[0] + s2 * b[0], s1 * a[1] + s2 * b[1], s1 * a[2] + s2 * b[2]];
            (c[1].atan2(c[0]).to_degrees(), c[2].atan2((c[0] * c[0] + c[1] * c[1]).sqrt()).to_degrees())
        })
        .collect()
}

fn degrees(p: [i64; 2]) -> (f64, f64) {
    // Stored as [latitude, longitude] in microdegrees; returned as (longitude, latitude).
    (p[1] as f64 / 1_000_000.0, p[0] as f64 / 1_000_000.0)
}

/// A ring without the points closer than 0.6 point (0.2 mm) to the last one kept: finer
/// detail than print shows, and most of the file's size.
fn thin(points: impl Iterator<Item = [f32; 2]>) -> Vec<[f32; 2]> {
    let mut out: Vec<[f32; 2]> = Vec::new();
    for p in points {
        match out.last() {
            Some(q) if (p[0] - q[0]).hypot(p[1] - q[1]) < 0.6 => {}
            _ => out.push(p),
        }
    }
    out
}

/// Whether a projected ring reaches into the frame and is at least a point across.
fn visible(ring: &[[f32; 2]]) -> bool {
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for [x, y] in ring {
        x0 = x0.min(*x);
        x1 = x1.max(*x);
        y0 = y0.min(*y);
        y1 = y1.max(*y);
    }
    x1 >= 0.0 && x0 <= WIDTH && y1 >= 0.0 && y0 <= HEIGHT && (x1 - x0).max(y1 - y0) >= 1.0
}

/// The extent to show: Europe, grown to take in every hub with a margin.
fn extent(trips: &[Trip]) -> (f64, f64, f64, f64) {
    let (mut w, mut s, mut e, mut n) = EUROPE;
    for (lon, lat) in trips.iter().flat_map(|t| [t.from_point, t.to_point]).flatten().map(degrees) {
        if laea(lon, lat).is_none() {
            continue;
        }
        w = w.min(lon - MARGIN);
        e = e.max(lon + MARGIN);
        s = s.min(lat - MARGIN);
        n = n.max(lat + MARGIN);
    }
    (w.floor(), s.floor(), e.ceil(), n.ceil())
}

/// The map's shapes: sea, land, the trips and their hubs, and a legend with the two labels
/// given (green travel, standard travel).
pub fn shapes(trips: &[Trip], green_label: &str, standard_label: &str) -> Vec<Shape> {
    let fit = Fit::to_box(extent(trips));
    let mut out = vec![Shape::Area { rings: vec![vec![[0.0, 0.0], [WIDTH, 0.0], [WIDTH, HEIGHT], [0.0, HEIGHT]]], fill: SEA, stroke: None, thickness: 0.0 }];
    for polygon in land() {
        // Rings wholly outside the frame (most of the world) and islets under a point across
        // are left out: print would not show them, and they would fill the file.
        let rings: Vec<Vec<[f32; 2]>> = polygon.iter().map(|ring| thin(ring.iter().filter_map(|&(lon, lat)| fit.point(lon, lat)))).filter(|r| r.len() >= 3 && visible(r)).collect();
        if !rings.is_empty() {
            out.push(Shape::Area { rings, fill: LAND, stroke: Some(BORDER), thickness: 0.5 });
        }
    }
    let mut hubs: Vec<[f32; 2]> = Vec::new();
    // Standard trips first, so the green ones are drawn on top.
    let mut ordered: Vec<&Trip> = trips.iter().collect();
    ordered.sort_by_key(|t| t.travel_mode == TravelMode::Green);
    for trip in ordered {
        let (Some(a), Some(b)) = (trip.from_point.map(degrees), trip.to_point.map(degrees)) else { continue };
        let points: Vec<[f32; 2]> = great_circle(a, b, 24).into_iter().filter_map(|(lon, lat)| fit.point(lon, lat)).collect();
        let color = if trip.travel_mode == TravelMode::Green { GREEN } else { STANDARD };
        let thickness = (0.8 + 0.3 * trip.travellers as f32).min(2.6);
        out.push(Shape::Path { points, color, thickness });
        hubs.extend([fit.point(a.0, a.1), fit.point(b.0, b.1)].into_iter().flatten());
    }
    hubs.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    hubs.dedup();
    for at in hubs {
        out.push(Shape::Dot { at, radius: 2.2, fill: HUB, stroke: INK });
    }
    // The legend, bottom left, on a white box.
    let (x, y) = (10.0, HEIGHT - 34.0);
    out.push(Shape::Area { rings: vec![vec![[x - 4.0, y - 6.0], [x + 150.0, y - 6.0], [x + 150.0, y + 26.0], [x - 4.0, y + 26.0]]], fill: [1.0, 1.0, 1.0], stroke: Some([0.8, 0.8, 0.8]), thickness: 0.4 });
    for (i, (label, color)) in [(green_label, GREEN), (standard_label, STANDARD)].into_iter().enumerate() {
        let line_y = y + 4.0 + 14.0 * i as f32;
        out.push(Shape::Path { points: vec![[x, line_y], [x + 18.0, line_y]], color, thickness: 2.0 });
        out.push(Shape::Label { at: [x + 24.0, line_y + 3.0], text: label.to_string(), size: 8.0, color: INK, bold: false });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_centre_projects_to_the_origin_and_the_far_side_is_dropped() {
        let (x, y) = laea(10.0, 52.0).expect("the centre");
        assert!(x.abs() < 1e-12 && y.abs() < 1e-12);
        // East is right, north is up.
        assert!(laea(20.0, 52.0).expect("east").0 > 0.0);
        assert!(laea(10.0, 60.0).expect("north").1 > 0.0);
        assert!(laea(-170.0, -52.0).is_none());
    }

    #[test]
    fn the_countries_decode_and_europe_fits_the_frame() {
        assert!(land().len() > 100, "{} polygons", land().len());
        let fit = Fit::to_box(EUROPE);
        for (lon, lat) in [(2.35, 48.86), (23.73, 37.98), (24.94, 60.17), (-9.14, 38.72)] {
            let [x, y] = fit.point(lon, lat).expect("on the map");
            assert!((0.0..=WIDTH).contains(&x) && (0.0..=HEIGHT).contains(&y), "{lon},{lat} at {x},{y}");
        }
    }

    #[test]
    fn a_great_circle_starts_and_ends_at_its_places() {
        let arc = great_circle((2.35, 48.86), (24.94, 60.17), 10);
        assert_eq!(arc.len(), 11);
        assert!((arc[0].0 - 2.35).abs() < 1e-9 && (arc[10].1 - 60.17).abs() < 1e-9);
        // The great circle from Paris to Helsinki bends north of the straight line in degrees.
        assert!(arc[5].1 > (48.86 + 60.17) / 2.0);
    }
}
