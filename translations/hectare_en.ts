<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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

Options:
  --json       machine-readable output
  --lang fr|en language of messages and number format (default: the system&apos;s)
  -h, --help   help (also after a command)
  --version    the version

Exit codes: 0 ok, 1 usage error, 2 bad file or input (the message is on standard error).
</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</TS>
