<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>hectare::AmountWords</name>
    <message>
        <source>Amount in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not supported (fr or en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to spell out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICU cannot spell numbers in &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICU could not spell %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::Clearance</name>
    <message>
        <source>Cold aisle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot aisle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot side facing cold side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>door %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRAH %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fire cylinder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hall&apos;s wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rows %2 and %3: hot aisle %4, at least %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rows %2 and %3: cold aisle %4, at least %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rows %2 and %3: the hot side of row %4 faces the cold side of row %5 across %6; hot air would reach the cold aisle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the way: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 free in front, at least %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2 (%3): %4 from the wall, at least %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::Cli</name>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW of power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW of cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs out first (%2 racks left at the average density)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot;: %2 m², %3 positions (%4 blocked), average design %5 kW per position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding constraint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stranded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1 positions, average design %2 kW per position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generators can carry %1 kW of IT load with their redundancy (all cooling and losses included); transformers %2 kW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility at committed load: %1 kW incoming for %2 kW IT, PUE %3 (UPS efficiency %4 %, chiller COP %5 at %6 °C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows installed, usable, committed, reserved, expected and free space, power, cooling, floor weight and generator capacity, per hall and for the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .hectare document (default: the sample site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this hall (and the site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected draw at this date (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date must be a date like 2026-11-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: capacity on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hectare-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;hectare-cli --help&quot; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the rack or tenant table as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>racks or tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to OUT.csv instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-csv takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table must be racks or tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a synthetic site for tests and benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of halls (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack positions per hall (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tenants (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace OUT.hectare if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs OUT.hectare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--halls must be a whole number greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--racks-per-hall must be a whole number greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenants must be a whole number greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists (use --force to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1: %2 halls, %3 rack positions, %4 tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the site, its halls and its plant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land:            %1 m² (%2 ha)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design ambient:  %1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundled sample site (in memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents:        %1 building(s), %2 hall(s), %3 rows, %4 rack positions, %5 tenants, %6 contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the whole model as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to OUT.json instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export-json takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new document from a JSON model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-json needs IN.json and OUT.hectare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: growth scenario &quot;%2&quot;, %3 to %4 (%5 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 runs, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, expected values only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide by: the month it runs out at %1 risk, less the lead time of the next expansion (or the scenario&apos;s default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when needed: not needed within the horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when needed: %1 (%2) exhausted in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: scenario A &quot;%2&quot; and scenario B &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decide by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B decide by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When each hall and the site run out of space, power, cooling and generator capacity under a growth scenario, with what probability, and by when to decide on the next expansion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario (default: the document&apos;s first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two scenarios side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo runs (default 10000; 0: expected values only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads (default: one per core); the result is the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly series as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--runs must be a whole number from 0 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads must be a whole number from 0 to 1024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare and --scenario cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare needs two scenario names: --compare A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws a hall&apos;s floor plan to scale on paper sheets: PDF (one page per sheet), SVG or PNG (one file per sheet: name-1.svg, name-2.svg, …). A hall larger than the sheet at the scale is tiled with overlap, assembly marks and a key sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4, A3, A2, A1 or A0 (default A3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landscape or portrait (default landscape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1:N as N (20, 50, 100, 200 …) or fit: the largest standard scale at which the hall fits one sheet (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated: grid, labels, dimensions, tenants, density, clearances; all or none (default grid,labels,dimensions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey levels instead of colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall as on this date (YYYY-MM-DD; default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company in the title block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author in the title block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision in the title block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution (default 150).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floorplan takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper must be A4, A3, A2, A1 or A0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--orientation must be landscape or portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be a whole number like 50 (for 1:50) or fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layer &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 10 to 2400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floorplan needs --hall NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot; at %2 on %3: %4 sheet(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (key sheet and %1 × %2 tiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected, P10, P50, P90: the month demand first exceeds usable capacity (P10: one run in ten has run out by then); –: not within the horizon. Chance: the share of runs that run out within the horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot; as a DXF drawing in millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUT.pdf, OUT.svg, OUT.png or OUT.dxf. A DXF drawing holds the whole hall in millimetres, one layer per kind of object, for CAD programs: paper, orientation, scale, layers, grayscale, date, title block and dpi do not apply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o must end in .pdf, .svg, .png or .dxf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into hall &quot;%2&quot; (drawing units: %3%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, as the file says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline from layer &quot;%1&quot;: %2 corners, %3 m² (was %4 m²).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacles: %1 imported, %2 replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotation (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on the chosen layers was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (not imported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a hall&apos;s outline and obstacles from an architect&apos;s DXF drawing into FILE. Say which layers hold what with --layers; the drawing&apos;s coordinates are taken as the hall&apos;s. The new outline replaces the hall&apos;s; the imported obstacles replace the hall&apos;s obstacles of the same kinds. Everything on the chosen layers that cannot be read (arcs, splines, hatches, open polylines …) is listed. The document refuses the whole import if racks would end up outside the new outline (exit code 1; the file is unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .hectare document to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAYER=ROLE[,LAYER=ROLE…] where ROLE is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm or m: the drawing&apos;s units (default: as the file says in $INSUNITS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list the drawing&apos;s layers and what is on them (then FILE is not needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-dxf --list-layers needs IN.dxf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-dxf needs FILE and IN.dxf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--layers needs LAYER=ROLE pairs, ROLE one of %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--units must be mm or m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-dxf needs --hall NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the document refuses this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floorplan needs -o OUT.pdf, OUT.svg, OUT.png or OUT.dxf</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wall(s) were single lines: each was given a thickness of %1 m.</source>
        <translation>
            <numerusform>%n wall was a single line: it was given a thickness of %1 m.</numerusform>
            <numerusform>%n walls were single lines: each was given a thickness of %1 m.</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement checked now and over the term against scenario &quot;%1&quot; (P50; P90 warns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Hall &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halls that cannot take it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 for %2, valid until %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly: %1, term discount %2 → %3 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  year %1: %2 months × %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total excl. VAT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total incl. VAT: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue %1 and margin %2 per kW per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices a colocation requirement from the site&apos;s price book, places it in the hall that fits best now and over the term (against the base growth scenario), and writes the quote as PDF or CSV. --reserve holds the positions and kW until the quote&apos;s validity ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full racks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed kW per rack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term in months (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A and B power feeds to every rack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service start (YYYY-MM-DD; default the first of next month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cage of this many m² around the racks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight per rack in kg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fibre cross-connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copper cross-connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of remote hands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of one kW for a month, in francs (shows the margin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the positions and kW until the quote expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issue date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monte Carlo runs of the forecast (default 1000; 0: expected values only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the quote to OUT.pdf or OUT.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote needs --customer NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--racks must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kw must be a number of kW, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--term must be 1 to %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cage and --weight must be numbers, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fibre, --copper and --remote-hands must be whole numbers, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cost-per-kw must be a whole number of francs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--runs must be 0 to 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date like 2026-11-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start must be a date like 2027-01-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hall can take %1 racks at %2 kW each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the positions and kW that quotes hold, with the day each hold expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds live at this date (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservations takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quote holds capacity on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is read-only (%1): nothing can be reserved in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime h/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 h/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-outage years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outages/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importance: the share of the site&apos;s downtime that would not have happened had the component never failed (shares need not add up to 100 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component caused site downtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: availability over %2 simulated years (seed %3, threads: %4, %5 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III: at least %1 % availability, at most %2 h of downtime a year. Down: any of the racks without power or cooling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The availability Monte Carlo: simulated years of failures, repairs, grid outages, generator starts and fuel; availability and downtime per tenant, hall and site against Tier III&apos;s 99.982 %, and the components ranked by the downtime they cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated years (default 100000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years must be a whole number from 1 to 100000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: hectare-cli [--json] COMMAND [options]

Capacity planning for colocation data centres. FILE is a .hectare document; without
FILE the bundled sample site is used.

Commands:
  info [FILE]                              the site, its halls and its plant
  capacity [FILE] [--hall NAME]            space, power, cooling, weight and generator budgets
  export-json [FILE] [-o OUT.json]         the whole model as JSON (standard output by default)
  import-json IN.json OUT.hectare [--force] a new document from JSON
  export-csv [FILE] --table racks|tenants [-o OUT.csv]
  generate [--halls N] [--racks-per-hall N] [--tenants N] [--seed S] OUT.hectare
                                           a synthetic large site for tests and benchmarks
  growth [FILE] [--scenario NAME | --compare A,B] [--runs N] [--seed S] [--threads T] [--csv]
                                           when halls and site run out, and by when to decide
  floorplan [FILE] --hall NAME [--paper A4..A0] [--orientation landscape|portrait] [--scale N|fit]
            [--layers grid,labels,dimensions,tenants,density,clearances] -o OUT.pdf|svg|png|dxf
                                           the hall&apos;s plan to scale on paper sheets, or as a DXF drawing
  import-dxf FILE --hall NAME --layers LAYER=ROLE[,…] [--units mm|m] IN.dxf
                                           a hall&apos;s outline and obstacles from an architect&apos;s drawing
  import-dxf --list-layers IN.dxf          the drawing&apos;s layers and what is on them
  quote [FILE] --customer NAME --racks N --kw KW [--term MONTHS] [--ab] [--start DATE] [--cage M2]
        [--fibre N] [--copper N] [--remote-hands H] [--reserve] [-o OUT.pdf|csv]
                                           a priced quote placed against the forecast, PDF in --lang
  reservations [FILE]                      the positions and kW that quotes hold, with expiry
  scenario [FILE] --name NAME [--basis contracted|design] [--today DATE]
                                           replay a stored failure scenario: who loses power or cooling
  scenario [FILE] --list                   the document&apos;s failure scenarios
  tier3 [FILE] [--basis contracted|design] [--today DATE]
                                           Tier III: maintenance violations, single points of failure,
                                           generators N+1, fuel at full load (exit code 1: fails)
  availability [FILE] [--years N] [--seed S] [--threads T] [--basis contracted|design] [--today DATE]
                                           availability per tenant, hall and site against Tier III

Options:
  --json       machine-readable output
  --lang fr|en language of messages and number format (default: the system&apos;s)
  -h, --help   help (also after a command)
  --version    the version

Exit codes: 0 ok, 1 usage error or (import-dxf) a change the document refuses, 2 bad file or input
(the message is on standard error); tier3: 0 passes, 1 fails Tier III, 2 any error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load checked: contracted (committed and reserved contracts at --today, the default) or design (every position&apos;s design kW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date contracts are counted at (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--basis must be contracted or design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today must be a date like 2026-06-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: design load (every position&apos;s design kW), %1 kW of IT in %2 racks; chillers at %3 °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis: contracted load on %1, %2 kW of IT in %3 racks; chillers at %4 °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid outage at %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails at %2, repaired in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails at %2, repaired in its MTTR (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in maintenance from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails to start on every grid outage from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failure scenario &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon %1 at %2 °C outside; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon %1 at the site&apos;s design ambient (%2 °C); %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuel delivered every tank&apos;s lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fuel delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No load loses power or cooling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads that lose power or cooling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3 (%4), %5 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT load dropped: %1 kW·h over %2 of %3 loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grid outage: the generators are not called on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generators: at most %1 of %2 sets running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel low point: %1 of tank left at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no failure scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambient (°C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replays a failure scenario stored in the document over the site&apos;s power and cooling: which loads lose power or cooling, when, for how long, whose racks they are and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure scenario to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s failure scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario needs either --name NAME or --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found: the document has no failure scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in this document (it has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Tier III check (concurrent maintainability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-corded exposures (do not fail the check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single points of failure (grid present; informational)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups short with every unit in: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups short with every unit in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III concurrent maintainability: every unit, path and side taken out for maintenance with the generators as the only source; single points of failure; generators N+1 as the primary source; fuel at full load. Exit code 0: passes, 1: fails, 2: error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier3 takes at most one FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::Document</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Hectare document: it is an SQLite database of another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was saved by a newer version of Hectare (document schema %1; this version reads up to schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: it has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged (integrity check: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open for writing in another program (%1, process %2 on %3): opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open for writing in another program: opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not writable: opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is write-protected: opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an upgrade to schema %1 but is %2; close it there and open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be changed now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is this document itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: it is not a Hectare document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a Hectare document: it is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated: it ends inside the database header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is damaged: its header gives an impossible page size (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated: it holds %1 bytes but its header announces %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is truncated or damaged: its size (%1 bytes) is not a whole number of %2-byte pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored value of %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>still holds %n rack position(s); release them first</source>
        <translation>
            <numerusform>still holds %n rack position; release it first</numerusform>
            <numerusform>still holds %n rack positions; release them first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hectare::Dxf</name>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a binary DXF file; save it from the CAD program as an ASCII DXF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a DWG drawing, not a DXF file; save it from the CAD program as DXF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a DXF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (min. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no outline to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing could be written (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRAH %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire cylinder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text inside no shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the units must be greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not say whether it is drawn in millimetres or metres ($INSUNITS %1); choose the units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one layer to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no layer &quot;%1&quot; (it has: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer %1 has no closed polyline or closed loop of lines for the outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mesh, not an outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an open polyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line (only walls may be single lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array of blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block with no lines, polylines or circles of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines that do not close a loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a closed polyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text on the outline layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a smaller closed shape (the outline is the largest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a curve: redraw it as a closed polyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fill, not an outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not readable as a plan shape</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::Enums</name>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRAH/CRAC unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDU/RPP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fire-suppression cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::FailureScenario</name>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → load %2 loses power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → load %2 loses cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the horizon must be &gt; 0 hours and finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a capacity scale names a group that does not exist or is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time must be ≥ 0 and finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outage duration must be ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the failing unit does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit in maintenance does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintenance must end after it begins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unit failing to start is not a generator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1 (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1 (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid outage at %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generators starting (%1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed at %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in maintenance since %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 derated to %2 % of rated capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 below k (%2 of %3 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuel exhausted at %1 h (tanks for %2 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>battery of %1 exhausted after %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power back at %1 h, %2 restarting (%3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thermal ride-through of %1 exhausted after %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (B)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::Growth</name>
    <message>
        <source>Scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no start month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no horizon (got %1 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs must be 0 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::LayoutEdits</name>
    <message>
        <source>rack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: occupied by %2; only free or blocked positions can be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reserved for %2; only free or blocked positions can be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ModelJson</name>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id (a whole number greater than 0), got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an id (a whole number greater than 0) or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 %2 (expected %3)</source>
        <extracomment>%1 is the key (&quot;state&quot;), %2 the value found, %3 the values allowed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no building has id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hall has id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row has id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tenant has id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no UPS group has id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PDU has id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no object has id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of points [x, y], got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a point [x, y], got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>expected a point [x, y], got %n value(s)</source>
        <translation>
            <numerusform>expected a point [x, y], got %n value</numerusform>
            <numerusform>expected a point [x, y], got %n values</numerusform>
        </translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hectare model (no &quot;format&quot; key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hectare model (format is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatVersion %1 is newer than this version of Hectare understands (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatVersion %1 is not a valid version (expected 1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole amount of money, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number or null, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ModelValidation</name>
    <message>
        <source>Hall #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0 and at most 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at least 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N+1 needs at least 2 units (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N+2 needs at least 3 units (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2N needs an even number of units, at least 2 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>land area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design ambient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auxiliary kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load power factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another hall has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to building #%1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least 3 points (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must enclose an area greater than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tile size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ceiling height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to hall #%1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another row in this hall has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility feed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to UPS group #%1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voltage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or 3 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiller group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated ambient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRAH group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to row #%1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another rack in this row has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and 60 U (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an occupied rack needs a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reserved rack needs a tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to tenant #%1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a free rack cannot have a tenant (has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blocked rack cannot have a tenant (has %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to PDU #%1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDU %1 is in hall %2, not in the rack&apos;s hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDU %1 is not in the rack&apos;s hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not inside the hall&apos;s outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps rack %1 in row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another tenant has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cage area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramp start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramp months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be after the start, %1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>holds %n rack(s) but its contracts in this hall grant %1</source>
        <translation>
            <numerusform>holds %n rack but its contracts in this hall grant %1</numerusform>
            <numerusform>holds %n racks but its contracts in this hall grant %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another scenario has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the first day of a month (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and %1 months (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-renewal probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early exit per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design kW per new rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth of tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth of tenant #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenant&apos;s growth is already set in this scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another prospect of this scenario has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a prospect needs racks or kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expansion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another expansion of this scenario has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chillers and generators serve the whole site: leave the hall empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooling kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generator kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must add positions, kW or kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obstacle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold aisle clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot aisle clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0 and less than %1 m (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another obstacle in this hall has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a point of finite coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its centre is neither inside nor on the hall&apos;s outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another cage in this hall has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not cross or touch itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cage of %1 overlaps cage %2 of %3 (%4 m² in common)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price book, item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be XOF (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual escalator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validity (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another item has the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density band from (kW per rack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density band to (kW per rack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must end above where it starts (%1 to %2 kW per rack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlaps the band of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Price book, term discount from %n month(s)</source>
        <translation>
            <numerusform>Price book, term discount from %n month</numerusform>
            <numerusform>Price book, term discount from %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount (basis points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another term discount starts at the same term</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must not be less than that of the shorter term of %n month(s) (%1)</source>
        <translation>
            <numerusform>must not be less than that of the shorter term of %n month (%1)</numerusform>
            <numerusform>must not be less than that of the shorter term of %n months (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>renewal (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is used by another quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity and unit price must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist; a reserved quote must have a hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 it holds no longer exists; cancel the quote first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 it holds is not in hall %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid outages per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid outage mean hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid outage tail share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grid outage tail mean hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thermal mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inlet limit rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail-to-start probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuel at 25 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuel at 50 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuel at 75 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuel at 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be less than at a lower load (%1 &lt; %2 L/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>battery minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel tank %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuel lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer switch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switchgear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pump group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability of %1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a kind of component the document has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1 #%2, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is overridden twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chiller group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generator group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transformer group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer switch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switchgear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pump group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure scenario #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another failure scenario has the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be before the horizon of %1 h (got %2 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failure to start must name a diesel-generator (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a kind of component the document has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 has %n unit(s): there is no unit %3</source>
        <translation>
            <numerusform>%1 %2 has %n unit: there is no unit %3</numerusform>
            <numerusform>%1 %2 has %n units: there is no unit %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hectare::Placement</name>
    <message>
        <source>%1 runs out in month %2 of the term (%3) in the forecast: %4 positions needed, %5 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs out in month %2 of the term (%3) in the forecast: %4 kW needed, %5 kW left, short by %6 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>space: %n position(s) needed</source>
        <translation>
            <numerusform>space: %n position needed</numerusform>
            <numerusform>space: %n positions needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suitable and free</source>
        <translation>
            <numerusform>%n suitable and free</numerusform>
            <numerusform>%n suitable and free</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 kW needed, %3 kW free, short by %4 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n designed below the kW per rack</source>
        <translation>
            <numerusform>%n designed below the kW per rack</numerusform>
            <numerusform>%n designed below the kW per rack</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without A and B feeds</source>
        <translation>
            <numerusform>%n without A and B feeds</numerusform>
            <numerusform>%n without A and B feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a power feed</source>
        <translation>
            <numerusform>%n without a power feed</numerusform>
            <numerusform>%n without a power feed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that cannot bear the weight</source>
        <translation>
            <numerusform>%n that cannot bear the weight</numerusform>
            <numerusform>%n that cannot bear the weight</numerusform>
        </translation>
    </message>
    <message>
        <source> (of %1 free: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, positions %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 side by side: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>no row has %1 side by side; spread over %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the positions&apos; design power matches the kW asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves %1 kW of the positions&apos; design power unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaves no free position stranded between sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>leaves %n free position(s) in gaps too short for a customer this size</source>
        <translation>
            <numerusform>leaves %n free position in a gap too short for a customer this size</numerusform>
            <numerusform>leaves %n free positions in gaps too short for a customer this size</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free position(s)</source>
        <translation>
            <numerusform>%n free position</numerusform>
            <numerusform>%n free positions</numerusform>
        </translation>
    </message>
    <message>
        <source>least headroom over the term (forecast P50): power %1 kW, cooling %2 kW, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headroom after this sale: power %1 kW, cooling %2 kW, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning, P90 forecast: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1 is planned, not built by the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::QuoteBuilder</name>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no item &quot;%1&quot;, needed for this requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>racks must be 0 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks for nothing: give a number of racks or a cage area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW per rack must be greater than 0 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cage area must be 0 or more m² (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight per rack must be 0 or more kg (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term must be 1 to %1 months (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-connects must be 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remote hands hours must be 0 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost per kW per month must be 0 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer&apos;s name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language must be &quot;fr&quot; or &quot;en&quot; (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::QuoteCsv</name>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRC</source>
        <comment>monthly recurring charge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NRC</source>
        <comment>one-time (non-recurring) charge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term discount (%1%), per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net monthly recurring charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring total over the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total excluding VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total including VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::QuoteMath</name>
    <message>
        <source>Quote line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to compute in francs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, must be between %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annual escalator (basis points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate (basis points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount for %1 months (basis points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity must be ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit price must be ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity × unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one-time total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recurring total over the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total before VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total including VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin per kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed kW must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the margin per kW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::QuotePdf</name>
    <message>
        <source>Quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the translations for &quot;%1&quot; are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n full rack(s)</source>
        <translation>
            <numerusform>%n full rack</numerusform>
            <numerusform>%n full racks</numerusform>
        </translation>
    </message>
    <message>
        <source>Rack positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW per rack, %2 kW in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A and B (dual-corded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 kg per rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private cage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fibre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-connects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be allocated when the order is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reserved for you until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject to availability when the order is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly recurring charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term discount (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net monthly charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly charges by contract year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring total over the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring charges over the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recurring charges: %1 × %n month(s)</source>
        <translation>
            <numerusform>Recurring charges: %1 × %n month</numerusform>
            <numerusform>Recurring charges: %1 × %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Total excluding VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total including VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote is valid until %1. Prices are in francs CFA (XOF), excluding VAT unless stated otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The contract runs for %n month(s) from the service start date, %1.</source>
        <translation>
            <numerusform>The contract runs for %n month from the service start date, %1.</numerusform>
            <numerusform>The contract runs for %n months from the service start date, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly charges increase by %1 on each anniversary of the service start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At the end of the term, the contract renews tacitly for successive periods of %n month(s).</source>
        <translation>
            <numerusform>At the end of the term, the contract renews tacitly for successive periods of %n month.</numerusform>
            <numerusform>At the end of the term, the contract renews tacitly for successive periods of %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract ends with its term; it does not renew tacitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Either party may end it by registered letter received at least %n month(s) before the end of the current period.</source>
        <translation>
            <numerusform>Either party may end it by registered letter received at least %n month before the end of the current period.</numerusform>
            <numerusform>Either party may end it by registered letter received at least %n months before the end of the current period.</numerusform>
        </translation>
    </message>
    <message>
        <source>Illustrative prices: this quote is drawn from a sample price book and is not a commercial offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote has been cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUOTE</source>
        <comment>the document&apos;s title, in capitals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is %1 at the fixed parity of %2 F CFA to the euro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quote is fixed at the sum of %1 CFA francs including taxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the customer, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature preceded by the handwritten words “Agreed and accepted”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Quote %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::Quotes</name>
    <message>
        <source>Quote &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position &quot;%1&quot; is already held by quote &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an issued quote can be reserved (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an issued or reserved quote can be converted (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired on %1: issue a new quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no placement: place it before converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an issued or reserved quote can be cancelled (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no positions to hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position &quot;%1&quot; is not in hall &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position &quot;%1&quot; is %2, not free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall &quot;%1&quot; has %2 kW of power free, the quote needs %3 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the generators can carry %1 kW more IT load, the quote needs %2 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall &quot;%1&quot; has %2 kW of cooling free, the quote needs %3 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::Reliability</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a group that does not exist or is the generator group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF must be &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR must be ≥ 0 and finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail-to-start probability must be between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start time must be ≥ 0 and finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a unit that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to more than one group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refer to a group that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>battery minutes must be ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ride-through minutes must be ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a path that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a cooling that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outages per year must be ≥ 0, durations &gt; 0 and the tail share between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outages last longer than a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tank hours and refuel lead time must be ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key for a %1 entry (it takes: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a finite number (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be greater than 0 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a probability between 0 and 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must equal the grid&apos;s mean outage duration, %1 h (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with MTTR must make 8,760 h / outages a year, %1 h (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be less than at a lower load (%1 L/h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of [ambient °C, capacity fraction] points, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a point [ambient °C, capacity fraction], got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambient temperatures must increase from point to point (%1 °C after %2 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, entry &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and dashes (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Hectare reliability library (expected &quot;%1&quot;, got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not supported (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another entry has the same key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart minutes must be ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::Resource</name>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kVA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::Scenario</name>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ScenarioTimeText</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::StoredScenario</name>
    <message>
        <source>Failure scenario &quot;%1&quot;, event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a failure to start must name a diesel-generator (got &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, unit %3 is not in the site&apos;s topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::Tier3</name>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit %1 of group %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path %1 (side %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 out for maintenance drops %n load(s), %2 kW</source>
        <translation>
            <numerusform>%1 out for maintenance drops %n load, %2 kW</numerusform>
            <numerusform>%1 out for maintenance drops %n loads, %2 kW</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failing drops %n load(s), %2 kW</source>
        <translation>
            <numerusform>%1 failing drops %n load, %2 kW</numerusform>
            <numerusform>%1 failing drops %n loads, %2 kW</numerusform>
        </translation>
    </message>
    <message>
        <source>(single-corded loads only: a point-of-use transfer switch to the other side would carry them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No generators: Tier III needs an on-site source, the utility does not count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel lasts %1 h (at least %2 h at full load required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel lasts only %1 h, at least %2 h at full load required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III: passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III: failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance violation(s)</source>
        <translation>
            <numerusform>%n maintenance violation</numerusform>
            <numerusform>%n maintenance violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n single-corded exposure(s)</source>
        <translation>
            <numerusform>%n single-corded exposure</numerusform>
            <numerusform>%n single-corded exposures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n single point(s) of failure</source>
        <translation>
            <numerusform>%n single point of failure</numerusform>
            <numerusform>%n single points of failure</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) short with every unit in</source>
        <translation>
            <numerusform>%n group short with every unit in</numerusform>
            <numerusform>%n groups short with every unit in</numerusform>
        </translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loses power and cooling (%2 kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loses power (%2 kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 loses cooling (%2 kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 kW short (units left: %3, needed: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with one of %2 sets out, %3 kW carry the %4 kW load (margin %5 kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with one of %2 sets out, %3 kW are left for a %4 kW load (%5 kW short): not N+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel lasts %1 h at full load (%2 kW; at least %3 h required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel lasts only %1 h at full load (%2 kW), at least %3 h required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel lasts %1 h at %2 kW, the load checked (at least %3 h at full load required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel lasts only %1 h at %2 kW, the load checked; at least %3 h at full load required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::TopologyCompile</name>
    <message>
        <source>Generators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one generator group is not supported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n rack(s))</source>
        <translation>
            <numerusform>%1: %2 (%n rack)</numerusform>
            <numerusform>%1: %2 (%n racks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cooling of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::AvailabilityPanel</name>
    <message>
        <source>Simulated years: more years, a smaller error on rare outages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads to simulate on; the result does not depend on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted: the kW the tenants have signed for. Design: every position at its design kW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the simulation to estimate the availability of the site, its halls and tenants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document changed after this run: run again to update the figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulating %1 years at %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 years at %2, seed %3, in %4 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The results of the previous run are still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the simulation to see how the site&apos;s downtime spreads over the years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the simulation to rank the components by the downtime they cause.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::AvailabilityTableModel</name>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± %1 (one standard error, from the spread between simulated years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± %1 h a year (one standard error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 − mean downtime / 8,760 h: the share of the time every rack has power and cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours a year with at least one rack without power or cooling, on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nine simulated years in ten have less downtime than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of simulated years without any outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate outages a year, on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime Institute&apos;s Tier III figure: 99.982 %, about 1.6 hours of downtime a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime, mean (h/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downtime, P90 (h/yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years without outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interruptions/yr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III (99.982 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::BudgetChart</name>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · binding</source>
        <comment>the resource that runs out first</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>committed / usable</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 over</source>
        <comment>figures, then the over-committed amount</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected draw: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::BudgetLegend</name>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected draw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::BudgetSection</name>
    <message>
        <source>Hall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site, all halls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::CageDialog</name>
    <message>
        <source>New Cage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cage Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::CageDrawing</name>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::CapacityDashboard</name>
    <message>
        <source>No capacity figures yet: open a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::CapacityText</name>
    <message numerus="yes">
        <source>%Ln position(s)</source>
        <comment>stranded</comment>
        <translation>
            <numerusform>%Ln position</numerusform>
            <numerusform>%Ln positions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of power</source>
        <comment>stranded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of cooling</source>
        <comment>stranded</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stranded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stranded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (site-wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs out first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs out first: %1, %2 racks left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE at committed load: none (nothing committed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PUE at committed load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT load the generators can carry: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ClearancePanel</name>
    <message>
        <source>All halls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the problems of every hall, not only of the hall on the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clearance problems on this site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a hall to check its clearances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clearance problems in this hall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ClearanceRulesDialog</name>
    <message>
        <source>Clearance Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plans check these free distances in every hall of the site and show what is closer in red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold aisle, between rows&apos; fronts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot aisle, between rows&apos; backs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From racks to walls:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service clearance in front of PDUs and CRAHs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ClearanceTableModel</name>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ContractItemDelegate</name>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ContractTableModel</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the committed kW drawn at the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months from the start until the full commitment is drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected draw as a share of the ramped commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cage
m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed
kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramp
start %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramp
months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw
ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cage area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramp start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramp months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot;, contract #%2: %3: cannot read &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change contract of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ContractsPanel</name>
    <message>
        <source>&amp;Add contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the selected tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the contracts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tenant in the tenants table to see only its contracts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::DowntimeHistogramChart</name>
    <message>
        <source>Site downtime in a year (h, logarithmic scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulated years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the simulation to see how the site&apos;s downtime spreads over the years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years by site downtime: %1 of %2 simulated years had none (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III budget %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90 %1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::DxfFileActions</name>
    <message>
        <source>Import Hall Plan from DXF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DXF drawings (*.dxf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the DXF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import DXF plan into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DXF plan was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Hall Plan to DXF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DXF file was not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::DxfImportDialog</name>
    <message>
        <source>Import Hall Plan from DXF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what each layer of &lt;b&gt;%1&lt;/b&gt; holds. The outline and the obstacles of the kinds you choose replace those of hall &lt;b&gt;%2&lt;/b&gt;; nothing is written unless the whole plan is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the file says ($INSUNITS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one layer to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: %1 m per drawing unit, from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units: %1 m per drawing unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline from layer %1: %2 corners, %3 m².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n wall(s) drawn as single lines were given a thickness of %1 m.</source>
        <translation>
            <numerusform>%n wall drawn as a single line was given a thickness of %1 m.</numerusform>
            <numerusform>%n walls drawn as single lines were given a thickness of %1 m.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything on the chosen layers can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  layer %1: %2 × %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::EditRackCommand</name>
    <message>
        <source>Change rack %1 state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rack %1 tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rack %1 design kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rack %1 feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change rack %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::EditText</name>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>obstacle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n objects</source>
        <translation>
            <numerusform>%n object</numerusform>
            <numerusform>%n objects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hectare::ui::ExpansionTableModel</name>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall it adds to; site: the site only (chillers and generators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable IT kW it adds, after its own redundancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months from the decision to build until it is online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought online by the decision rule when a resource it adds runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month it comes online, counted from the scenario&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power
kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling
kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator
kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capex
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time
months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When
needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online
month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooling kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generator kVA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansion &quot;%1&quot;: %2: cannot read &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change expansion &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New expansion %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add expansion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove expansion &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::FailureScenarioCommands</name>
    <message>
        <source>Add failure scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit failure scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete failure scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::FailureScenarioDialog</name>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Failure Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure Scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the replay runs, from the first event&apos;s time origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site design a&amp;mbient (%1 °C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outdoor temperature the chillers are derated to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel deliveries every tank&apos;s lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ambient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::FailureScenarioEventsModel</name>
    <message>
        <source>Grid outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generator fails to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chillers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer switches (ATS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LV switchgear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRAHs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repair time; 0 h: the unit&apos;s mean time to repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which unit of the component, from 1 (a 2N group&apos;s B side follows its A side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration / repair (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthChart</name>
    <message>
        <source>Run the scenario to see when each resource runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>resource (unit)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: demand P10–P90, P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10–P90 demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50 demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1</source>
        <comment>expansions coming online</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs out (P10)
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs out (P50)
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide by
%1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide by
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand P90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demand P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs over capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthComparisonTable</name>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing runs out within the horizon in either scenario.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthExport</name>
    <message>
        <source>could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chart could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthOutlookView</name>
    <message>
        <source>Running &quot;%1&quot; and &quot;%2&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 runs, seed %2, in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no chart to export: run the scenario first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no results to export: run the scenario first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export series as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cancelled: the results shown are those of the last complete run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run to see when each hall and the site run out under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>scope, resource</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>scenario: what</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs, seed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected values only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (blue) and &lt;b&gt;%2&lt;/b&gt; (orange), %3. Runs out: the first month demand exceeds usable capacity; P10: one run in ten has run out by then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;%1, %2.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; or the site changed after this run: run again to update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run to compare with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthRunBar</name>
    <message>
        <source>Monte Carlo runs; 0: the expected values only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide when this share of the runs has run out, less the lead time (P10: one in ten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change decision risk of scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthSummary</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: runs out %2 (P50; P10 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: may run out from %2 (P10; %3 of runs by %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: may run out from %2 (at P%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: runs out %2 (expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, decide now (it was due %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, decide by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing runs out by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not needed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 online %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, decided %2 (late)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (when needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthText</name>
    <message>
        <source>%1 (%2)</source>
        <comment>month number (its date)</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::HallScene</name>
    <message>
        <source>%1: rack state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tenants: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected draw / design kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draw (free or reserved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ImportanceChart</name>
    <message>
        <source>What causes the site&apos;s downtime (top %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the site&apos;s downtime (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the simulation to rank the components by the downtime they cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No component caused any site downtime in the simulated years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % · %2 h/yr</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::MainWindow</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample site (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled site (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Hectare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In memory: use File → Save As to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Hectare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to the sample site are only in memory. Quit and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hectare sites (*.hectare);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the &amp;sample site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Empty site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by &amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by &amp;Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour by Power &amp;Density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hectare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sample site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the site as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a site from JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the site file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the site as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hectare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hectare %1&lt;/h3&gt;&lt;p&gt;Capacity planning for colocation data centres.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · QCustomPlot %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print or Export Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a hall in the site tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Hall Plan from &amp;DXF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the shown hall&apos;s outline and obstacles with those of an architect&apos;s DXF drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Hall Plan to D&amp;XF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the shown hall as a DXF drawing in millimetres, one layer per kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance &amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearances (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change clearance rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes (%1 held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prices, discounts, VAT and terms quotes are made from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price a customer&apos;s racks and find where they fit, now and over the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tier III Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every component out for maintenance and list what it would drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-Line &amp;Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The power and cooling paths, coloured by the Tier III check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure &amp;Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a grid outage or a failure and see which racks and tenants lose power or cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Availability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate years of failures and repairs: availability per tenant, hall and site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ObstacleDialog</name>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-clockwise from the hall&apos;s x axis; the front (service side) faces -y at 0°.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::Percent</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlacementListModel</name>
    <message>
        <source>%1–%2</source>
        <comment>a run of rack positions, first–last</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Spread over %n row(s)</source>
        <translation>
            <numerusform>Spread over %n row</numerusform>
            <numerusform>Spread over %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P90: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanActions</name>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select and move rows, obstacles and cages; Esc also ends the tool in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe a new row of rack positions, then click where it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a tenant cage&apos;s corners on the plan; Enter or double-click closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the hall&apos;s corners; double-click an edge to add one; Delete removes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to Floor &amp;Tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep what is placed or moved on the hall&apos;s floor-tile grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selection a quarter turn clockwise about its centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate ↻</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the selection a quarter turn counter-clockwise about its centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate ↺</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line up the selection&apos;s left edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line up the selection&apos;s right edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line up the selection&apos;s top edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line up the selection&apos;s bottom edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Centres on a &amp;Vertical Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected objects sideways until their centres are one above the other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align Centres on a &amp;Horizontal Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected objects up or down until their centres are side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space three or more objects evenly from left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space three or more objects evenly from top to bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the selected rows, obstacles and cages for Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add copies of what was copied, one row pitch further each time (rows get the next free names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selection one row pitch away in one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows, obstacles and cages, or the rack positions picked with Alt+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add free rack positions at the end of the selected row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the hall&apos;s rows A, B, C… (or 1, 2, 3…) in order across the hall, and their racks after them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propert&amp;ies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected row, obstacle or cage (also by double-clicking it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge &amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge &amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge Far Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge Far Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge Far Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge Far Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection ten floor tiles (1 m without snapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selection one floor tile (0.1 m without snapping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an obstacle: a column, a wall, a door, a CRAH, a PDU or a cylinder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the plan to place an obstacle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw Ca&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Hall Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate 90° Cloc&amp;kwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate 90° Counter-c&amp;lockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Positions to Ro&amp;w…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renu&amp;mber Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanColours</name>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power density</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanEditor</name>
    <message>
        <source>Click a rack to select its row (Alt+click: the rack alone), Shift+click to add; drag to move, arrow keys to nudge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Click where the new row starts (%n positions); Esc to stop.</source>
        <translation>
            <numerusform>Click where the new row starts (%n position); Esc to stop.</numerusform>
            <numerusform>Click where the new row starts (%n positions); Esc to stop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the corners of the cage; Enter or double-click closes it, Backspace takes back the last corner, Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cage: %n corners, %1. Enter or double-click closes it, Backspace takes back the last corner.</source>
        <translation>
            <numerusform>Cage: %n corner, %1. Enter or double-click closes it, Backspace takes back the last corner.</numerusform>
            <numerusform>Cage: %n corners, %1. Enter or double-click closes it, Backspace takes back the last corner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a corner of the hall; double-click an edge to add a corner; Delete removes the chosen corner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving by %1 m, %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a corner of hall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click on an edge of the hall to add a corner there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a corner to hall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least two rows, obstacles or cages to align.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Align %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least three rows, obstacles or cages to distribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied objects are no longer in the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a corner of the hall first, then Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a corner of hall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rack positions</source>
        <translation>
            <numerusform>Remove %n rack position</numerusform>
            <numerusform>Remove %n rack positions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n rack positions</source>
        <translation>
            <numerusform>Delete %1 and %n rack position</numerusform>
            <numerusform>Delete %1 and %n rack positions</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the row to add positions to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions to add at the end of row %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Positions to add at the end of each of the %n rows:</source>
        <translation>
            <numerusform>Positions to add at the end of the %n row:</numerusform>
            <numerusform>Positions to add at the end of each of the %n rows:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n positions to %1</source>
        <translation>
            <numerusform>Add %n position to %1</numerusform>
            <numerusform>Add %n positions to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are already numbered in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber the rows of hall %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one row, obstacle or cage to see its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cage needs at least three corners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw cage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where the new obstacle (%1) goes; Esc to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1 must keep at least three corners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanLegend</name>
    <message>
        <source>≥ %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanSheet</name>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dots per inch on %2 is more than a PNG can hold here; use fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (key to sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2, row %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>sheet x of y</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor plan: rack state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor plan: tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor plan: power density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service clearances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first division in tenths (%1 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no outline or racks to draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the margins leave no room for the plan on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 on %2 the plan would need %3 sheets (at most %4): choose a smaller scale, a larger paper or fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format: the name must end in .pdf, .svg, .png or .dxf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold aisle, at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot aisle, at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From walls, at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service clearance, at least %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanSheetDialog</name>
    <message>
        <source>Print or Export Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or Export Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit on one sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra&amp;wn by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sheet at %1 (the largest standard scale that fits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sheet at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sheets at %2: a key sheet and %3 × %4 tiles that overlap by %5 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing, one file per sheet (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image, one file per sheet (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no document is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 files: %2 … %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DXF drawing for CAD, in millimetres, whole hall (*.dxf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanText</name>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aisle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt; %2</source>
        <comment>measured &lt; required</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service clearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time Hectare starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::PriceBookDialog</name>
    <message>
        <source>Price Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the prices include, where they come from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is read-only: the price book can be read, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the monthly charges each contract year, from the 13th month on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a quote, and a reservation made from it, holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tacit renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Illustrative prices (a sample, not a tariff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual &amp;escalator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote va&amp;lidity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tacit &amp;renewal every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tice before the end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items (francs CFA, before VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit price book</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::PriceItemTableModel</name>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What quotes refer to: keep it when you rename the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly recurring (MRC) or one-time (NRC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole francs CFA, before VAT; per month for a monthly item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For committed power priced by density: the item applies above &quot;from&quot; and up to &quot;to&quot; kW per rack (0: no upper limit). Leave both at 0 for an item without a band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price (F CFA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band from (kW/rack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band to (kW/rack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price book, item &quot;%1&quot;: %2: cannot read &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monthly (MRC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-time (NRC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>half rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarter rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cross-connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density band from (kW per rack)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density band to (kW per rack)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ProspectTableModel</name>
    <message>
        <source>any hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall it goes to; any hall: the one with the most free power when it signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racks it takes; 0: its kW at the scenario&apos;s design kW per new rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that it signs at all, 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected month of signing, counted from the scenario&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It signs up to this many months before or after (a triangle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the committed kW drawn when it signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months until the full commitment is drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected draw as a share of the ramped commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A and B feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed
kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign
month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread
months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramp
start %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramp
months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw
ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramp start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramp months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect &quot;%1&quot;: %2: cannot read &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change prospect &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prospect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add prospect &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove prospect &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuantityText</name>
    <message>
        <source>%1 %2</source>
        <comment>number and unit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteCommands</name>
    <message>
        <source>Issue and reserve quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reserve quote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert quote %1 (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel quote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteDialog</name>
    <message>
        <source>New Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (F CFA, excluding VAT unless stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the issued quote for the customer as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halls that cannot take it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cage only: there are no rack positions to place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every hall can take it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1 in &quot;%2&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is open read-only: quotes cannot be issued from this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requirement cannot be priced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hall can take this requirement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already issued as %1; change the requirement to issue another quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cage only holds no rack positions: issue the quote without reserving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the quote for the selected positions; it holds nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue the quote and hold its positions and kW until the end of its validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote was not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 issued; its positions and kW are held until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 issued, valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the quote as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote %1 saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue &amp;and Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteForecast</name>
    <message>
        <source>Cancel Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the base growth scenario again (%1 runs) and check the term against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the forecast of scenario &quot;%1&quot; (%2 runs)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast of scenario &quot;%1&quot; ready (%2 runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forecast failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site has no growth scenario to forecast with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today only; forecast running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today and over the term, against the forecast of scenario &quot;%1&quot;: a hall is refused when the median (P50) demand leaves no room, warned when the P90 demand does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today only: the forecast was cancelled. Refresh the forecast to check the term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today only: the forecast failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today only: the site has no growth scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;efresh Forecast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteLinesModel</name>
    <message>
        <source>Billed every month of the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed once, at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuotePositions</name>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuotePricePanel</name>
    <message>
        <source>Monthly charges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term discount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net monthly, year 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By contract year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time charges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total excl. VAT, whole term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total incl. VAT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR equivalent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per committed kW:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None for %n month(s)</source>
        <translation>
            <numerusform>None for %n month</numerusform>
            <numerusform>None for %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Year %1: %2 × %3 = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring, whole term: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly charges rise by %1 each contract year from the 13th month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue %1, margin %2 per kW per month (net of discount, year 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a cost per kW to see the margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteRequirementForm</name>
    <message>
        <source>Company name, as on the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the quote&apos;s PDF, for the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full rack positions; 0 for a cage only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power committed to each rack, billed per kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A and B power feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rack fed from path A and from path B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded weight of one rack; positions and floors that cannot bear it are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor area of a private cage around the racks, priced per m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block of remote hands hours bought with the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> F CFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one kW costs the site for a month (power, cooling, space): gives the margin per kW; not on the customer&apos;s quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racks and power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Racks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;kW per rack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight per rack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fibre cross-connects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opper cross-connects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote &amp;hands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin (internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW committed in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s): %1 off</source>
        <translation>
            <numerusform>%n month: %1 off</numerusform>
            <numerusform>%n months: %1 off</numerusform>
        </translation>
    </message>
    <message>
        <source>Length of the contract, 1 to %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the contract, 1 to %1 months. Term discounts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per kW per &amp;month:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteShortage</name>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n position</numerusform>
            <numerusform>%n positions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No hall can take %n rack(s) of %1 kW (%2 kW in all).</source>
        <translation>
            <numerusform>No hall can take %n rack of %1 kW (%2 kW in all).</numerusform>
            <numerusform>No hall can take %n racks of %1 kW (%2 kW in all).</numerusform>
        </translation>
    </message>
    <message>
        <source>No hall is built and in service by the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (forecast, from month %1 of the term)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each hall lacks something different; the list below says what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: short in every hall; the closest, &quot;%2&quot;, has %3 of the %4 needed, short by %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteTableModel</name>
    <message>
        <source>does not add up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds its positions and kW until the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its validity ended on %1: it holds nothing, and the file records it as expired at its next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priced and sent: holds nothing until reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed kW: racks × kW per rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the whole term: one-time and monthly charges, discount, escalator and VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until the quote, and its hold, lapse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::RackItem</name>
    <message>
        <source>%1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::RackPropertiesPanel</name>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Design power:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rack selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall %1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 mm, %3 U, up to %4 kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ReliabilityAnalysis</name>
    <message>
        <source>the site has no power or cooling plant to check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ReservationsPanel</name>
    <message>
        <source>&amp;Live holds only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the reserved quotes that hold positions and kW today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the quote&apos;s positions and kW until the end of its validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nvert (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer signed: create the contract and occupy the positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the quote and release what it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quotes yet in this document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quote holds positions today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF or CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the quote for the customer as a PDF, or its lines and totals as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::RowDialog</name>
    <message>
        <source>0° (runs to the right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90° (runs down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>180° (runs to the left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>270° (runs up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack &amp;width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack &amp;depth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design &amp;power per rack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::RowPropertiesDialog</name>
    <message>
        <source>Row Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In front of the racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind the racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cold aisle:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenarioChart</name>
    <message>
        <source>unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours from the start of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT load carried (kW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel left (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a failure scenario to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>scenario — load basis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel left (h, right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPS battery left, lowest path (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thermal ride-through left, lowest hall (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 into maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 back from maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fails to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inlet rise (% of limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inlet temperature rise, hottest hall (% of its limit, right axis)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenarioCommands</name>
    <message>
        <source>Add scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenarioListModel</name>
    <message>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenarioLossesModel</name>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (h:min:s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (h:min:s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (chain of causes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenarioPanel</name>
    <message>
        <source>The failure scenarios stored in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted: the kW the tenants have signed for. Design: every position at its design kW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the scenario over the site as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has no failure scenarios yet. A failure scenario replays grid outages, failures and maintenance over the site and shows which racks lose power or cooling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario cannot be replayed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rack loses power or cooling over the %1 h of this scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loss(es) of power or cooling; %1 kWh of IT load dropped. Select a loss to see its racks on the plan.</source>
        <translation>
            <numerusform>%n loss of power or cooling; %1 kWh of IT load dropped. Select a loss to see its racks on the plan.</numerusform>
            <numerusform>%n losses of power or cooling; %1 kWh of IT load dropped. Select a loss to see its racks on the plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a failure scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the chosen failure scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chosen failure scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Failure Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Failure Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Failure Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the failure scenario &quot;%1&quot;? Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenarioSettingsForm</name>
    <message>
        <source>The report date: month 0 of the scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth of existing tenants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renewed at term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-renewal probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability that a contract is not renewed when its term ends, 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early exits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early exit per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability per year that a tenant leaves before its term ends, 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design kW of a new rack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>design kW per new rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Density growth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>density growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth of the design kW of new racks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default lead time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default lead time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead time used for the decision date when no expansion is planned for a resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of scenario &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenariosPanel</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove expansion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expansions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::SiteTreeModel</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::TablePanel</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::TenantCommands</name>
    <message>
        <source>Edit tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contract for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contract of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::TenantGrowthTableModel</name>
    <message>
        <source>tenant #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth of the tenant&apos;s draw, % per year, instead of the scenario&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth
% per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the tenant of the growth rate of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change growth of tenant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth of tenant &quot;%1&quot;: cannot read &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every tenant already has a growth rate of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set growth of tenant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove growth of tenant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::TenantTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racks
held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed
kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rack positions occupied or reserved by the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed kW of the tenant&apos;s signed and active contracts that have not ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts of the tenant, whatever their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tenant &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change sector of tenant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change contact of tenant &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::TenantsPanel</name>
    <message>
        <source>&amp;Add tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::TermDiscountTableModel</name>
    <message>
        <source>The discount applies to terms of at least this many months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off the monthly recurring charges; a longer term must not get less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price book, term discount from %1 months: %2: cannot read &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::Tier3FindingText</name>
    <message>
        <source>Path through %1 (side %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side %1 (all of its paths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n load(s)</source>
        <translation>
            <numerusform>%n load</numerusform>
            <numerusform>%n loads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n rack</numerusform>
            <numerusform>%n racks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power and cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single-corded only: a point-of-use transfer switch to the other side would carry it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::Tier3FindingsModel</name>
    <message>
        <source>Generators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel tanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Maintenance violations (%n)</source>
        <translation>
            <numerusform>Maintenance violations (%n)</numerusform>
            <numerusform>Maintenance violations (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Single points of failure (%n)</source>
        <translation>
            <numerusform>Single points of failure (%n)</numerusform>
            <numerusform>Single points of failure (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Single-corded loads (%n)</source>
        <translation>
            <numerusform>Single-corded loads (%n)</numerusform>
            <numerusform>Single-corded loads (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Groups short with every unit in (%n)</source>
        <translation>
            <numerusform>Groups short with every unit in (%n)</numerusform>
            <numerusform>Groups short with every unit in (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Generators N+1: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generators N+1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel autonomy: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fuel autonomy: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::Tier3Panel</name>
    <message>
        <source>Check at the contracted load (committed and reserved kW), or with every position at its design kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select on the hall plan the racks this finding would drop (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::Tier3Verdict</name>
    <message>
        <source>No document open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance violation(s)</source>
        <translation>
            <numerusform>%n maintenance violation</numerusform>
            <numerusform>%n maintenance violations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) short with every unit in</source>
        <translation>
            <numerusform>%n group short with every unit in</numerusform>
            <numerusform>%n groups short with every unit in</numerusform>
        </translation>
    </message>
    <message>
        <source>generators not N+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no generators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fuel under %1 h at full load</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n single-corded exposure(s)</source>
        <translation>
            <numerusform>%n single-corded exposure</numerusform>
            <numerusform>%n single-corded exposures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n single point(s) of failure</source>
        <translation>
            <numerusform>%n single point of failure</numerusform>
            <numerusform>%n single points of failure</numerusform>
        </translation>
    </message>
    <message>
        <source>Passes Tier III at design load (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes Tier III at contracted load (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails Tier III at design load (as of %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails Tier III at contracted load (as of %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no position carries load at design load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no position carries load at contracted load)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hectare::ui::TopologyText</name>
    <message>
        <source>never fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h (%2 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power, side A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source, shared plant and halls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power, side B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outages a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 outages a year, %2 h on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted by Tier III: the generators are the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
    <message>
        <source> · load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PDUs (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 PDUs (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n PDU(s) · load %1</source>
        <translation>
            <numerusform>%n PDU · load %1</numerusform>
            <numerusform>%n PDUs · load %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) · %1</source>
        <translation>
            <numerusform>%n rack · %1</numerusform>
            <numerusform>%n racks · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no heat load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thermal ride-through %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (single-corded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drops single-corded loads only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single point of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance drops load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short with every unit in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTBF: %1, MTTR: %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fails to start: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier III: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Needs %1 of %n unit(s) at its load</source>
        <translation>
            <numerusform>Needs %1 of %n unit at its load</numerusform>
            <numerusform>Needs %1 of %n units at its load</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hectare::ui::TopologyView</name>
    <message>
        <source>No document open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topology to show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
