<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>hectare::AmountWords</name>
    <message>
        <source>Amount in words</source>
        <translation>Montant en lettres</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not supported (fr or en)</source>
        <translation>la langue « %1 » n’est pas prise en charge (fr ou en)</translation>
    </message>
    <message>
        <source>%1 is too large to spell out</source>
        <translation>%1 est trop grand pour être écrit en lettres</translation>
    </message>
    <message>
        <source>ICU cannot spell numbers in &quot;%1&quot;: %2</source>
        <translation>ICU ne sait pas écrire les nombres en « %1 » : %2</translation>
    </message>
    <message>
        <source>ICU could not spell %1: %2</source>
        <translation>ICU n’a pas pu écrire %1 en lettres : %2</translation>
    </message>
</context>
<context>
    <name>hectare::Clearance</name>
    <message>
        <source>Cold aisle</source>
        <translation>Allée froide</translation>
    </message>
    <message>
        <source>Hot aisle</source>
        <translation>Allée chaude</translation>
    </message>
    <message>
        <source>Hot side facing cold side</source>
        <translation>Côté chaud face à un côté froid</translation>
    </message>
    <message>
        <source>Service clearance</source>
        <translation>Dégagement de service</translation>
    </message>
    <message>
        <source>Wall clearance</source>
        <translation>Dégagement aux murs</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Hall #%1</source>
        <translation>Salle n° %1</translation>
    </message>
    <message>
        <source>Hall %1</source>
        <translation>Salle %1</translation>
    </message>
    <message>
        <source>rack %1</source>
        <translation>baie %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rangée %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>poteau %1</translation>
    </message>
    <message>
        <source>wall %1</source>
        <translation>mur %1</translation>
    </message>
    <message>
        <source>door %1</source>
        <translation>porte %1</translation>
    </message>
    <message>
        <source>CRAH %1</source>
        <translation>CRAH %1</translation>
    </message>
    <message>
        <source>PDU %1</source>
        <translation>PDU %1</translation>
    </message>
    <message>
        <source>fire cylinder %1</source>
        <translation>bouteille d’extinction %1</translation>
    </message>
    <message>
        <source>cage %1</source>
        <translation>cage %1</translation>
    </message>
    <message>
        <source>the hall&apos;s wall</source>
        <translation>le mur de la salle</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>%1, rows %2 and %3: hot aisle %4, at least %5</source>
        <translation>%1, rangées %2 et %3 : allée chaude de %4, au moins %5</translation>
    </message>
    <message>
        <source>%1, rows %2 and %3: cold aisle %4, at least %5</source>
        <translation>%1, rangées %2 et %3 : allée froide de %4, au moins %5</translation>
    </message>
    <message>
        <source>%1, rows %2 and %3: the hot side of row %4 faces the cold side of row %5 across %6; hot air would reach the cold aisle</source>
        <translation>%1, rangées %2 et %3 : le côté chaud de la rangée %4 fait face au côté froid de la rangée %5 à %6 de distance ; l’air chaud atteindrait l’allée froide</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is in the way</source>
        <translation>obstruction : %1</translation>
    </message>
    <message>
        <source>in the way: %1</source>
        <translation>obstructions : %1</translation>
    </message>
    <message>
        <source>%1, %2: %3 free in front, at least %4 (%5)</source>
        <translation>%1, %2 : %3 libres à l’avant, au moins %4 (%5)</translation>
    </message>
    <message>
        <source>%1, row %2 (%3): %4 from the wall, at least %5</source>
        <translation>%1, rangée %2 (%3) : %4 du mur, au moins %5</translation>
    </message>
</context>
<context>
    <name>hectare::Cli</name>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilisable</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Expected draw</source>
        <translation>Consommation attendue</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Free racks</source>
        <translation>Baies disponibles</translation>
    </message>
    <message>
        <source>%1 positions</source>
        <translation>%1 emplacements</translation>
    </message>
    <message>
        <source>%1 kW of power</source>
        <translation>%1 kW de puissance</translation>
    </message>
    <message>
        <source>%1 kW of cooling</source>
        <translation>%1 kW de froid</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 runs out first (%2 racks left at the average density)</source>
        <translation>%1 — première ressource épuisée (%2 baies restantes à la densité moyenne)</translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot;: %2 m², %3 positions (%4 blocked), average design %5 kW per position</source>
        <translation>Salle « %1 » : %2 m², %3 emplacements (dont %4 bloqués), puissance de conception moyenne %5 kW par emplacement</translation>
    </message>
    <message>
        <source>Binding constraint: %1</source>
        <translation>Contrainte limitante : %1</translation>
    </message>
    <message>
        <source>Stranded: %1</source>
        <translation>Capacité inexploitable : %1</translation>
    </message>
    <message>
        <source>Site: %1 positions, average design %2 kW per position</source>
        <translation>Site : %1 emplacements, puissance de conception moyenne %2 kW par emplacement</translation>
    </message>
    <message>
        <source>Generators can carry %1 kW of IT load with their redundancy (all cooling and losses included); transformers %2 kW.</source>
        <translation>Compte tenu de leur redondance, les groupes électrogènes peuvent alimenter %1 kW de charge IT (refroidissement et pertes compris) ; les transformateurs, %2 kW.</translation>
    </message>
    <message>
        <source>Facility at committed load: %1 kW incoming for %2 kW IT, PUE %3 (UPS efficiency %4 %, chiller COP %5 at %6 °C).</source>
        <translation>Installation à la charge engagée : %1 kW en entrée pour %2 kW IT, PUE %3 (rendement des onduleurs (ASI) %4 %, COP des groupes froids %5 à %6 °C).</translation>
    </message>
    <message>
        <source>Shows installed, usable, committed, reserved, expected and free space, power, cooling, floor weight and generator capacity, per hall and for the site.</source>
        <translation>Affiche, par salle et pour le site, les capacités installées, utilisables, engagées, réservées, attendues et disponibles en espace, puissance, refroidissement, charge au sol et groupes électrogènes.</translation>
    </message>
    <message>
        <source>A .hectare document (default: the sample site).</source>
        <translation>Un document .hectare (par défaut : le site d’exemple).</translation>
    </message>
    <message>
        <source>Only this hall (and the site).</source>
        <translation>Uniquement cette salle (et le site).</translation>
    </message>
    <message>
        <source>Expected draw at this date (YYYY-MM-DD; default today).</source>
        <translation>Consommation attendue à cette date (AAAA-MM-JJ ; par défaut aujourd’hui).</translation>
    </message>
    <message>
        <source>capacity takes at most one FILE</source>
        <translation>capacity accepte au plus un FILE</translation>
    </message>
    <message>
        <source>--date must be a date like 2026-11-25</source>
        <translation>--date doit être une date au format 2026-11-25</translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot;</source>
        <translation>Salle « %1 »</translation>
    </message>
    <message>
        <source>not found in this site</source>
        <translation>introuvable sur ce site</translation>
    </message>
    <message>
        <source>%1: capacity on %2</source>
        <translation>%1 : capacité au %2</translation>
    </message>
    <message>
        <source>Note: %1 is %2.</source>
        <translation>Remarque : %1 — %2.</translation>
    </message>
    <message>
        <source>hectare-cli: %1</source>
        <translation>hectare-cli : %1</translation>
    </message>
    <message>
        <source>Run &quot;hectare-cli --help&quot; for usage.</source>
        <translation>Exécutez « hectare-cli --help » pour afficher l’aide.</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>Sortie JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation>Afficher l’aide de cette commande.</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>Writes the rack or tenant table as CSV.</source>
        <translation>Écrit la table des baies ou des clients au format CSV.</translation>
    </message>
    <message>
        <source>racks or tenants.</source>
        <translation>racks (baies) ou tenants (clients).</translation>
    </message>
    <message>
        <source>Write to OUT.csv instead of standard output.</source>
        <translation>Écrire dans OUT.csv au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>export-csv takes at most one FILE</source>
        <translation>export-csv accepte au plus un FILE</translation>
    </message>
    <message>
        <source>--table must be racks or tenants</source>
        <translation>--table doit valoir racks ou tenants</translation>
    </message>
    <message>
        <source>Writes a synthetic site for tests and benchmarks.</source>
        <translation>Écrit un site synthétique pour les tests et les mesures de performance.</translation>
    </message>
    <message>
        <source>The document to create.</source>
        <translation>Le document à créer.</translation>
    </message>
    <message>
        <source>Number of halls (default 10).</source>
        <translation>Nombre de salles (10 par défaut).</translation>
    </message>
    <message>
        <source>Rack positions per hall (default 1000).</source>
        <translation>Emplacements de baie par salle (1000 par défaut).</translation>
    </message>
    <message>
        <source>Number of tenants (default 2000).</source>
        <translation>Nombre de clients (2000 par défaut).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (1 par défaut).</translation>
    </message>
    <message>
        <source>Replace OUT.hectare if it exists.</source>
        <translation>Remplacer OUT.hectare s’il existe.</translation>
    </message>
    <message>
        <source>generate needs OUT.hectare</source>
        <translation>generate nécessite OUT.hectare</translation>
    </message>
    <message>
        <source>--halls must be a whole number greater than 0</source>
        <translation>--halls doit être un nombre entier supérieur à 0</translation>
    </message>
    <message>
        <source>--racks-per-hall must be a whole number greater than 0</source>
        <translation>--racks-per-hall doit être un nombre entier supérieur à 0</translation>
    </message>
    <message>
        <source>--tenants must be a whole number greater than 0</source>
        <translation>--tenants doit être un nombre entier supérieur à 0</translation>
    </message>
    <message>
        <source>--seed must be a whole number</source>
        <translation>--seed doit être un nombre entier</translation>
    </message>
    <message>
        <source>already exists (use --force to replace it)</source>
        <translation>existe déjà (utilisez --force pour le remplacer)</translation>
    </message>
    <message>
        <source>Created %1: %2 halls, %3 rack positions, %4 tenants.</source>
        <translation>%1 créé : %2 salles, %3 emplacements de baie, %4 clients.</translation>
    </message>
    <message>
        <source>Shows the site, its halls and its plant.</source>
        <translation>Affiche le site, ses salles et ses installations techniques.</translation>
    </message>
    <message>
        <source>info takes at most one FILE</source>
        <translation>info accepte au plus un FILE</translation>
    </message>
    <message>
        <source>Location:        %1</source>
        <translation>Localisation :       %1</translation>
    </message>
    <message>
        <source>Land:            %1 m² (%2 ha)</source>
        <translation>Terrain :            %1 m² (%2 ha)</translation>
    </message>
    <message>
        <source>Design ambient:  %1 °C</source>
        <translation>Temp. extérieure :   %1 °C (valeur de dimensionnement)</translation>
    </message>
    <message>
        <source>Currency:        %1</source>
        <translation>Devise :             %1</translation>
    </message>
    <message>
        <source>Document:        %1</source>
        <translation>Document :           %1</translation>
    </message>
    <message>
        <source>bundled sample site (in memory)</source>
        <translation>site d’exemple intégré (en mémoire)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>Schema version:  %1</source>
        <translation>Version du schéma :  %1</translation>
    </message>
    <message>
        <source>Contents:        %1 building(s), %2 hall(s), %3 rows, %4 rack positions, %5 tenants, %6 contracts</source>
        <translation>Contenu :            %1 bâtiment(s), %2 salle(s), %3 rangées, %4 emplacements de baie, %5 clients, %6 contrats</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rangées</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Writes the whole model as JSON.</source>
        <translation>Écrit le modèle complet au format JSON.</translation>
    </message>
    <message>
        <source>Write to OUT.json instead of standard output.</source>
        <translation>Écrire dans OUT.json au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>export-json takes at most one FILE</source>
        <translation>export-json accepte au plus un FILE</translation>
    </message>
    <message>
        <source>Creates a new document from a JSON model.</source>
        <translation>Crée un nouveau document à partir d’un modèle JSON.</translation>
    </message>
    <message>
        <source>The model to import.</source>
        <translation>Le modèle à importer.</translation>
    </message>
    <message>
        <source>import-json needs IN.json and OUT.hectare</source>
        <translation>import-json nécessite IN.json et OUT.hectare</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>cannot be replaced</source>
        <translation>ne peut pas être remplacé</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>%1: growth scenario &quot;%2&quot;, %3 to %4 (%5 months)</source>
        <translation>%1 : scénario de croissance « %2 », de %3 à %4 (%5 mois)</translation>
    </message>
    <message>
        <source>, %1 runs, seed %2</source>
        <translation>, %1 simulations, graine %2</translation>
    </message>
    <message>
        <source>, expected values only</source>
        <translation>, valeurs attendues uniquement</translation>
    </message>
    <message>
        <source>Decide by: the month it runs out at %1 risk, less the lead time of the next expansion (or the scenario&apos;s default).</source>
        <translation>Date de décision : mois d’épuisement au risque de %1, moins le délai de réalisation de la prochaine extension (ou le délai par défaut du scénario).</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Usable now</source>
        <translation>Utilisable aujourd’hui</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Date de décision</translation>
    </message>
    <message>
        <source>Lead (months)</source>
        <translation>Délai (mois)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>when needed: not needed within the horizon</source>
        <translation>au besoin : pas nécessaire dans l’horizon</translation>
    </message>
    <message>
        <source>hall &quot;%1&quot;</source>
        <translation>salle « %1 »</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>when needed: %1 (%2) exhausted in %3</source>
        <translation>au besoin : %1 (%2), épuisement en %3</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Mise en service</translation>
    </message>
    <message>
        <source>Capex (%1)</source>
        <translation>Capex (%1)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1: scenario A &quot;%2&quot; and scenario B &quot;%3&quot;</source>
        <translation>%1 : scénario A « %2 » et scénario B « %3 »</translation>
    </message>
    <message>
        <source>A P10</source>
        <translation>A P10</translation>
    </message>
    <message>
        <source>A P50</source>
        <translation>A P50</translation>
    </message>
    <message>
        <source>A P90</source>
        <translation>A P90</translation>
    </message>
    <message>
        <source>A decide by</source>
        <translation>A date de décision</translation>
    </message>
    <message>
        <source>B P10</source>
        <translation>B P10</translation>
    </message>
    <message>
        <source>B P50</source>
        <translation>B P50</translation>
    </message>
    <message>
        <source>B P90</source>
        <translation>B P90</translation>
    </message>
    <message>
        <source>B decide by</source>
        <translation>B date de décision</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;</source>
        <translation>Scénario « %1 »</translation>
    </message>
    <message>
        <source>not found in this document</source>
        <translation>introuvable dans ce document</translation>
    </message>
    <message>
        <source>Contracts only</source>
        <translation>Contrats uniquement</translation>
    </message>
    <message>
        <source>When each hall and the site run out of space, power, cooling and generator capacity under a growth scenario, with what probability, and by when to decide on the next expansion.</source>
        <translation>Indique, selon un scénario de croissance, quand chaque salle et le site épuiseront leur espace, leur puissance, leur refroidissement et leur capacité de groupes électrogènes, avec quelle probabilité, et avant quelle date décider de la prochaine extension.</translation>
    </message>
    <message>
        <source>The scenario (default: the document&apos;s first).</source>
        <translation>Le scénario (par défaut : le premier du document).</translation>
    </message>
    <message>
        <source>Two scenarios side by side.</source>
        <translation>Deux scénarios côte à côte.</translation>
    </message>
    <message>
        <source>Monte Carlo runs (default 10000; 0: expected values only).</source>
        <translation>Nombre de simulations Monte-Carlo (10000 par défaut ; 0 : valeurs attendues uniquement).</translation>
    </message>
    <message>
        <source>Threads (default: one per core); the result is the same.</source>
        <translation>Nombre de threads (par défaut : un par cœur) ; le résultat est identique.</translation>
    </message>
    <message>
        <source>The monthly series as CSV.</source>
        <translation>Les séries mensuelles au format CSV.</translation>
    </message>
    <message>
        <source>growth takes at most one FILE</source>
        <translation>growth accepte au plus un FILE</translation>
    </message>
    <message>
        <source>--json and --csv cannot be combined</source>
        <translation>--json et --csv ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>--runs must be a whole number from 0 to 100000</source>
        <translation>--runs doit être un nombre entier de 0 à 100000</translation>
    </message>
    <message>
        <source>--threads must be a whole number from 0 to 1024</source>
        <translation>--threads doit être un nombre entier de 0 à 1024</translation>
    </message>
    <message>
        <source>--seed must be a whole number of 0 or more</source>
        <translation>--seed doit être un nombre entier supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>--compare and --scenario cannot be combined</source>
        <translation>--compare et --scenario ne peuvent pas être combinés</translation>
    </message>
    <message>
        <source>--compare needs two scenario names: --compare A,B</source>
        <translation>--compare nécessite deux noms de scénario : --compare A,B</translation>
    </message>
    <message>
        <source>Draws a hall&apos;s floor plan to scale on paper sheets: PDF (one page per sheet), SVG or PNG (one file per sheet: name-1.svg, name-2.svg, …). A hall larger than the sheet at the scale is tiled with overlap, assembly marks and a key sheet.</source>
        <translation>Dessine le plan d’une salle à l’échelle sur des feuilles : PDF (une page par feuille), SVG ou PNG (un fichier par feuille : nom-1.svg, nom-2.svg, …). Une salle plus grande que la feuille à cette échelle est découpée en planches qui se chevauchent, avec repères d’assemblage et feuille d’assemblage.</translation>
    </message>
    <message>
        <source>The hall to draw.</source>
        <translation>La salle à dessiner.</translation>
    </message>
    <message>
        <source>A4, A3, A2, A1 or A0 (default A3).</source>
        <translation>A4, A3, A2, A1 ou A0 (A3 par défaut).</translation>
    </message>
    <message>
        <source>landscape or portrait (default landscape).</source>
        <translation>landscape (paysage) ou portrait (paysage par défaut).</translation>
    </message>
    <message>
        <source>1:N as N (20, 50, 100, 200 …) or fit: the largest standard scale at which the hall fits one sheet (default 50).</source>
        <translation>1:N donné par N (20, 50, 100, 200 …) ou fit : la plus grande échelle normalisée à laquelle la salle tient sur une feuille (50 par défaut).</translation>
    </message>
    <message>
        <source>Comma-separated: grid, labels, dimensions, tenants, density, clearances; all or none (default grid,labels,dimensions).</source>
        <translation>Séparés par des virgules : grid, labels, dimensions, tenants, density, clearances ; all ou none (grid,labels,dimensions par défaut).</translation>
    </message>
    <message>
        <source>Grey levels instead of colours.</source>
        <translation>Niveaux de gris au lieu des couleurs.</translation>
    </message>
    <message>
        <source>The hall as on this date (YYYY-MM-DD; default today).</source>
        <translation>La salle telle qu’à cette date (AAAA-MM-JJ ; aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>Drawing title.</source>
        <translation>Titre du dessin.</translation>
    </message>
    <message>
        <source>Company in the title block.</source>
        <translation>Société dans le cartouche.</translation>
    </message>
    <message>
        <source>Author in the title block.</source>
        <translation>Auteur dans le cartouche.</translation>
    </message>
    <message>
        <source>Revision in the title block.</source>
        <translation>Indice de révision dans le cartouche.</translation>
    </message>
    <message>
        <source>PNG resolution (default 150).</source>
        <translation>Résolution du PNG (150 par défaut).</translation>
    </message>
    <message>
        <source>floorplan takes at most one FILE</source>
        <translation>floorplan accepte au plus un FICHIER</translation>
    </message>
    <message>
        <source>--paper must be A4, A3, A2, A1 or A0</source>
        <translation>--paper doit valoir A4, A3, A2, A1 ou A0</translation>
    </message>
    <message>
        <source>--orientation must be landscape or portrait</source>
        <translation>--orientation doit valoir landscape ou portrait</translation>
    </message>
    <message>
        <source>--scale must be a whole number like 50 (for 1:50) or fit</source>
        <translation>--scale doit être un nombre entier comme 50 (pour 1:50) ou fit</translation>
    </message>
    <message>
        <source>unknown layer &quot;%1&quot; (known: %2)</source>
        <translation>calque « %1 » inconnu (calques connus : %2)</translation>
    </message>
    <message>
        <source>--dpi must be a whole number from 10 to 2400</source>
        <translation>--dpi doit être un nombre entier de 10 à 2400</translation>
    </message>
    <message>
        <source>floorplan needs --hall NAME</source>
        <translation>floorplan demande --hall NOM</translation>
    </message>
    <message>
        <source>%1 landscape</source>
        <translation>%1 paysage</translation>
    </message>
    <message>
        <source>%1 portrait</source>
        <translation>%1 portrait</translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot; at %2 on %3: %4 sheet(s)</source>
        <translation>Salle « %1 » à %2 sur %3 : %4 feuille(s)</translation>
    </message>
    <message>
        <source> (key sheet and %1 × %2 tiles)</source>
        <translation> (feuille d’assemblage et %1 × %2 planches)</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Expected, P10, P50, P90: the month demand first exceeds usable capacity (P10: one run in ten has run out by then); –: not within the horizon. Chance: the share of runs that run out within the horizon.</source>
        <translation>Attendu, P10, P50, P90 : le mois où la demande dépasse pour la première fois la capacité utilisable (P10 : une simulation sur dix est épuisée à cette date) ; – : pas dans l’horizon. Probabilité : la part des simulations épuisées avant la fin de l’horizon.</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot; as a DXF drawing in millimetres</source>
        <translation>Salle « %1 » en dessin DXF, en millimètres</translation>
    </message>
    <message>
        <source>OUT.pdf, OUT.svg, OUT.png or OUT.dxf. A DXF drawing holds the whole hall in millimetres, one layer per kind of object, for CAD programs: paper, orientation, scale, layers, grayscale, date, title block and dpi do not apply to it.</source>
        <translation>OUT.pdf, OUT.svg, OUT.png ou OUT.dxf. Un dessin DXF contient toute la salle en millimètres, un calque par type d’objet, pour les logiciels de CAO : le format de papier, l’orientation, l’échelle, les calques (--layers), les niveaux de gris, la date, le cartouche et la résolution (--dpi) ne s’y appliquent pas.</translation>
    </message>
    <message>
        <source>-o must end in .pdf, .svg, .png or .dxf</source>
        <translation>-o doit se terminer par .pdf, .svg, .png ou .dxf</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Calque</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Unusable</source>
        <translation>Inutilisables</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>metres</source>
        <translation>mètres</translation>
    </message>
    <message>
        <source>millimetres</source>
        <translation>millimètres</translation>
    </message>
    <message>
        <source>%1 m per unit</source>
        <translation>%1 m par unité</translation>
    </message>
    <message>
        <source>Imported %1 into hall &quot;%2&quot; (drawing units: %3%4).</source>
        <translation>%1 importé dans la salle « %2 » (unités du dessin : %3%4).</translation>
    </message>
    <message>
        <source>, as the file says</source>
        <translation>, selon le fichier</translation>
    </message>
    <message>
        <source>Outline from layer &quot;%1&quot;: %2 corners, %3 m² (was %4 m²).</source>
        <translation>Contour issu du calque « %1 » : %2 sommets, %3 m² (auparavant %4 m²).</translation>
    </message>
    <message>
        <source>Obstacles: %1 imported, %2 replaced.</source>
        <translation>Obstacles : %1 importé(s), %2 remplacé(s).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>x (m)</source>
        <translation>x (m)</translation>
    </message>
    <message>
        <source>y (m)</source>
        <translation>y (m)</translation>
    </message>
    <message>
        <source>Width (m)</source>
        <translation>Largeur (m)</translation>
    </message>
    <message>
        <source>Depth (m)</source>
        <translation>Profondeur (m)</translation>
    </message>
    <message>
        <source>Rotation (°)</source>
        <translation>Rotation (°)</translation>
    </message>
    <message>
        <source>Nothing on the chosen layers was skipped.</source>
        <translation>Rien n’a été ignoré sur les calques choisis.</translation>
    </message>
    <message>
        <source>Skipped (not imported):</source>
        <translation>Ignoré (non importé) :</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Imports a hall&apos;s outline and obstacles from an architect&apos;s DXF drawing into FILE. Say which layers hold what with --layers; the drawing&apos;s coordinates are taken as the hall&apos;s. The new outline replaces the hall&apos;s; the imported obstacles replace the hall&apos;s obstacles of the same kinds. Everything on the chosen layers that cannot be read (arcs, splines, hatches, open polylines …) is listed. The document refuses the whole import if racks would end up outside the new outline (exit code 1; the file is unchanged).</source>
        <translation>Importe dans FILE le contour et les obstacles d’une salle à partir du dessin DXF d’un architecte. Indiquez avec --layers ce que contient chaque calque ; les coordonnées du dessin sont reprises telles quelles pour la salle. Le nouveau contour remplace celui de la salle ; les obstacles importés remplacent les obstacles de la salle de même type. Tout ce qui, sur les calques choisis, ne peut pas être lu (arcs, splines, hachures, polylignes ouvertes …) est listé. Le document refuse l’import en entier si des baies se retrouvaient hors du nouveau contour (code de sortie 1 ; le fichier reste inchangé).</translation>
    </message>
    <message>
        <source>The .hectare document to change.</source>
        <translation>Le document .hectare à modifier.</translation>
    </message>
    <message>
        <source>The drawing.</source>
        <translation>Le dessin.</translation>
    </message>
    <message>
        <source>The hall to import into.</source>
        <translation>La salle dans laquelle importer.</translation>
    </message>
    <message>
        <source>LAYER=ROLE[,LAYER=ROLE…] where ROLE is %1.</source>
        <translation>LAYER=ROLE[,LAYER=ROLE…], où LAYER est un calque du dessin et ROLE vaut %1.</translation>
    </message>
    <message>
        <source>mm or m: the drawing&apos;s units (default: as the file says in $INSUNITS).</source>
        <translation>mm ou m : les unités du dessin (par défaut : celles qu’indique le fichier dans $INSUNITS).</translation>
    </message>
    <message>
        <source>Only list the drawing&apos;s layers and what is on them (then FILE is not needed).</source>
        <translation>Lister seulement les calques du dessin et leur contenu (FILE n’est alors pas nécessaire).</translation>
    </message>
    <message>
        <source>import-dxf --list-layers needs IN.dxf</source>
        <translation>import-dxf --list-layers nécessite IN.dxf</translation>
    </message>
    <message>
        <source>import-dxf needs FILE and IN.dxf</source>
        <translation>import-dxf nécessite FILE et IN.dxf</translation>
    </message>
    <message>
        <source>--layers needs LAYER=ROLE pairs, ROLE one of %1%2</source>
        <translation>--layers nécessite des paires LAYER=ROLE, ROLE valant l’un de %1%2</translation>
    </message>
    <message>
        <source> (not &quot;%1&quot;)</source>
        <translation> (et non « %1 »)</translation>
    </message>
    <message>
        <source>--units must be mm or m</source>
        <translation>--units doit valoir mm ou m</translation>
    </message>
    <message>
        <source>is read-only: %1</source>
        <translation>est en lecture seule : %1</translation>
    </message>
    <message>
        <source>import-dxf needs --hall NAME</source>
        <translation>import-dxf nécessite --hall NOM</translation>
    </message>
    <message>
        <source>Nothing was imported: the document refuses this change.</source>
        <translation>Rien n’a été importé : le document refuse cette modification.</translation>
    </message>
    <message>
        <source>floorplan needs -o OUT.pdf, OUT.svg, OUT.png or OUT.dxf</source>
        <translation>floorplan demande -o OUT.pdf, OUT.svg, OUT.png ou OUT.dxf</translation>
    </message>
    <message numerus="yes">
        <source>%n wall(s) were single lines: each was given a thickness of %1 m.</source>
        <translation>
            <numerusform>%n mur était une simple ligne : il a reçu une épaisseur de %1 m.</numerusform>
            <numerusform>%n murs étaient de simples lignes : chacun a reçu une épaisseur de %1 m.</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement checked now and over the term against scenario &quot;%1&quot; (P50; P90 warns).</source>
        <translation>Placement vérifié aujourd’hui et sur toute la durée au regard du scénario « %1 » (P50 ; avertissement en P90).</translation>
    </message>
    <message>
        <source>%1. Hall &quot;%2&quot;</source>
        <translation>%1. Salle « %2 »</translation>
    </message>
    <message>
        <source>Halls that cannot take it:</source>
        <translation>Salles qui ne peuvent pas l’accueillir :</translation>
    </message>
    <message>
        <source>Quote %1 for %2, valid until %3 (%4)</source>
        <translation>Devis %1 pour %2, valable jusqu’au %3 (%4)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelle</translation>
    </message>
    <message>
        <source>once</source>
        <translation>unique</translation>
    </message>
    <message>
        <source>Monthly: %1, term discount %2 → %3 per month</source>
        <translation>Redevances mensuelles : %1, remise de durée %2 → %3 par mois</translation>
    </message>
    <message>
        <source>  year %1: %2 months × %3 = %4</source>
        <translation>  année %1 : %2 mois × %3 = %4</translation>
    </message>
    <message>
        <source>One-time: %1</source>
        <translation>Frais ponctuels : %1</translation>
    </message>
    <message>
        <source>Total excl. VAT: %1</source>
        <translation>Total HT : %1</translation>
    </message>
    <message>
        <source>VAT %1 %: %2</source>
        <translation>TVA %1 % : %2</translation>
    </message>
    <message>
        <source>Total incl. VAT: %1 (%2)</source>
        <translation>Total TTC : %1 (%2)</translation>
    </message>
    <message>
        <source>Revenue %1 and margin %2 per kW per month</source>
        <translation>Revenu %1 et marge %2 par kW et par mois</translation>
    </message>
    <message>
        <source>could not be written</source>
        <translation>n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>Prices a colocation requirement from the site&apos;s price book, places it in the hall that fits best now and over the term (against the base growth scenario), and writes the quote as PDF or CSV. --reserve holds the positions and kW until the quote&apos;s validity ends.</source>
        <translation>Chiffre un besoin de colocation à partir de la grille tarifaire du site, le place dans la salle qui convient le mieux aujourd’hui et sur toute la durée (au regard du scénario de croissance de base), et écrit le devis en PDF ou en CSV. --reserve réserve les emplacements et les kW jusqu’à la fin de validité du devis.</translation>
    </message>
    <message>
        <source>The customer&apos;s name.</source>
        <translation>Le nom du client.</translation>
    </message>
    <message>
        <source>Full racks.</source>
        <translation>Nombre de baies complètes.</translation>
    </message>
    <message>
        <source>Committed kW per rack.</source>
        <translation>kW engagés par baie.</translation>
    </message>
    <message>
        <source>Term in months (default 12).</source>
        <translation>Durée en mois (12 par défaut).</translation>
    </message>
    <message>
        <source>A and B power feeds to every rack.</source>
        <translation>Voies d’alimentation A et B pour chaque baie.</translation>
    </message>
    <message>
        <source>Service start (YYYY-MM-DD; default the first of next month).</source>
        <translation>Mise en service (AAAA-MM-JJ ; par défaut le premier jour du mois suivant).</translation>
    </message>
    <message>
        <source>A cage of this many m² around the racks.</source>
        <translation>Une cage de cette surface en m² autour des baies.</translation>
    </message>
    <message>
        <source>Weight per rack in kg.</source>
        <translation>Poids par baie en kg.</translation>
    </message>
    <message>
        <source>Fibre cross-connects.</source>
        <translation>Interconnexions en fibre.</translation>
    </message>
    <message>
        <source>Copper cross-connects.</source>
        <translation>Interconnexions en cuivre.</translation>
    </message>
    <message>
        <source>Hours of remote hands.</source>
        <translation>Heures d’assistance sur site.</translation>
    </message>
    <message>
        <source>Cost of one kW for a month, in francs (shows the margin).</source>
        <translation>Coût d’un kW pendant un mois, en francs (affiche la marge).</translation>
    </message>
    <message>
        <source>Hold the positions and kW until the quote expires.</source>
        <translation>Réserver les emplacements et les kW jusqu’à l’expiration du devis.</translation>
    </message>
    <message>
        <source>The issue date (default today).</source>
        <translation>La date d’émission (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>Monte Carlo runs of the forecast (default 1000; 0: expected values only).</source>
        <translation>Nombre de simulations Monte-Carlo de la prévision (1000 par défaut ; 0 : valeurs attendues uniquement).</translation>
    </message>
    <message>
        <source>Write the quote to OUT.pdf or OUT.csv.</source>
        <translation>Écrire le devis dans OUT.pdf ou OUT.csv.</translation>
    </message>
    <message>
        <source>quote takes at most one FILE</source>
        <translation>quote accepte au plus un FILE</translation>
    </message>
    <message>
        <source>quote needs --customer NAME</source>
        <translation>quote demande --customer NOM</translation>
    </message>
    <message>
        <source>--racks must be a whole number, 0 or more</source>
        <translation>--racks doit être un nombre entier supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>--kw must be a number of kW, 0 or more</source>
        <translation>--kw doit être un nombre de kW supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>--term must be 1 to %1 months</source>
        <translation>--term doit être compris entre 1 et %1 mois</translation>
    </message>
    <message>
        <source>--cage and --weight must be numbers, 0 or more</source>
        <translation>--cage et --weight doivent être des nombres supérieurs ou égaux à 0</translation>
    </message>
    <message>
        <source>--fibre, --copper and --remote-hands must be whole numbers, 0 or more</source>
        <translation>--fibre, --copper et --remote-hands doivent être des nombres entiers supérieurs ou égaux à 0</translation>
    </message>
    <message>
        <source>--cost-per-kw must be a whole number of francs</source>
        <translation>--cost-per-kw doit être un nombre entier de francs</translation>
    </message>
    <message>
        <source>--runs must be 0 to 100000</source>
        <translation>--runs doit être compris entre 0 et 100000</translation>
    </message>
    <message>
        <source>--today must be a date like 2026-11-25</source>
        <translation>--today doit être une date au format 2026-11-25</translation>
    </message>
    <message>
        <source>--start must be a date like 2027-01-01</source>
        <translation>--start doit être une date au format 2027-01-01</translation>
    </message>
    <message>
        <source>Quote for %1</source>
        <translation>Devis pour %1</translation>
    </message>
    <message>
        <source>no hall can take %1 racks at %2 kW each</source>
        <translation>aucune salle ne peut accueillir %1 baies de %2 kW chacune</translation>
    </message>
    <message>
        <source>Held until %1.</source>
        <translation>Réservé jusqu’au %1.</translation>
    </message>
    <message>
        <source>Lists the positions and kW that quotes hold, with the day each hold expires.</source>
        <translation>Liste les emplacements et les kW réservés par les devis, avec la date d’expiration de chaque réservation.</translation>
    </message>
    <message>
        <source>Holds live at this date (default today).</source>
        <translation>Réservations en cours à cette date (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>reservations takes at most one FILE</source>
        <translation>reservations accepte au plus un FILE</translation>
    </message>
    <message>
        <source>No quote holds capacity on %1.</source>
        <translation>Aucun devis ne réserve de capacité au %1.</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Held until</source>
        <translation>Réservé jusqu’au</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>is read-only (%1): nothing can be reserved in it</source>
        <translation>est en lecture seule (%1) : rien ne peut y être réservé</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>IT kW</source>
        <translation>kW IT</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Baies</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Downtime h/yr</source>
        <translation>Indisponibilité h/an</translation>
    </message>
    <message>
        <source>P90 h/yr</source>
        <translation>P90 h/an</translation>
    </message>
    <message>
        <source>No-outage years</source>
        <translation>Années sans coupure</translation>
    </message>
    <message>
        <source>Outages/yr</source>
        <translation>Coupures/an</translation>
    </message>
    <message>
        <source>Tier III</source>
        <translation>Tier III</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Importance: the share of the site&apos;s downtime that would not have happened had the component never failed (shares need not add up to 100 %).</source>
        <translation>Importance : la part de l’indisponibilité du site qui n’aurait pas eu lieu si le composant n’était jamais tombé en panne (la somme des parts n’est pas forcément 100 %).</translation>
    </message>
    <message>
        <source>No component caused site downtime.</source>
        <translation>Aucun composant n’a causé d’indisponibilité du site.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>h/yr</source>
        <translation>h/an</translation>
    </message>
    <message>
        <source>%1: availability over %2 simulated years (seed %3, threads: %4, %5 s)</source>
        <translation>%1 : disponibilité sur %2 années simulées (graine %3, threads : %4, %5 s)</translation>
    </message>
    <message>
        <source>Tier III: at least %1 % availability, at most %2 h of downtime a year. Down: any of the racks without power or cooling.</source>
        <translation>Tier III : disponibilité d’au moins %1 %, au plus %2 h d’indisponibilité par an. Indisponible : au moins une des baies sans alimentation ou sans refroidissement.</translation>
    </message>
    <message>
        <source>The availability Monte Carlo: simulated years of failures, repairs, grid outages, generator starts and fuel; availability and downtime per tenant, hall and site against Tier III&apos;s 99.982 %, and the components ranked by the downtime they cause.</source>
        <translation>Le Monte Carlo de disponibilité : des années simulées de pannes, de réparations, de coupures du réseau, de démarrages des groupes électrogènes et de carburant ; disponibilité et indisponibilité par client, par salle et pour le site au regard des 99,982 % du Tier III, et les composants classés selon l’indisponibilité qu’ils causent.</translation>
    </message>
    <message>
        <source>Simulated years (default 100000).</source>
        <translation>Années simulées (100000 par défaut).</translation>
    </message>
    <message>
        <source>availability takes at most one FILE</source>
        <translation>availability accepte au plus un FILE</translation>
    </message>
    <message>
        <source>--years must be a whole number from 1 to 100000000</source>
        <translation>--years doit être un nombre entier de 1 à 100000000</translation>
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
        <translation>Utilisation : hectare-cli [--json] COMMANDE [options]

Planification de capacité pour centres de données de colocation. FILE est un document
.hectare ; sans FILE, le site d’exemple intégré est utilisé.

Commandes :
  info [FILE]                              le site, ses salles et ses installations techniques
  capacity [FILE] [--hall NAME]            capacités : espace, puissance, froid, poids, groupes électrogènes
  export-json [FILE] [-o OUT.json]         le modèle complet en JSON (par défaut sur la sortie standard)
  import-json IN.json OUT.hectare [--force] un nouveau document à partir d’un fichier JSON
  export-csv [FILE] --table racks|tenants [-o OUT.csv]
  generate [--halls N] [--racks-per-hall N] [--tenants N] [--seed S] OUT.hectare
                                           un grand site synthétique pour les tests et les mesures de performance
  growth [FILE] [--scenario NAME | --compare A,B] [--runs N] [--seed S] [--threads T] [--csv]
                                           épuisement des salles et du site, et date limite de décision
  floorplan [FILE] --hall NAME [--paper A4..A0] [--orientation landscape|portrait] [--scale N|fit]
            [--layers grid,labels,dimensions,tenants,density,clearances] -o OUT.pdf|svg|png|dxf
                                           le plan à l’échelle de la salle sur papier, ou en dessin DXF
  import-dxf FILE --hall NAME --layers LAYER=ROLE[,…] [--units mm|m] IN.dxf
                                           le contour et les obstacles d’une salle, depuis le dessin
                                           d’un architecte
  import-dxf --list-layers IN.dxf          les calques du dessin et leur contenu
  quote [FILE] --customer NAME --racks N --kw KW [--term MONTHS] [--ab] [--start DATE] [--cage M2]
        [--fibre N] [--copper N] [--remote-hands H] [--reserve] [-o OUT.pdf|csv]
                                           un devis chiffré et placé au regard de la prévision, PDF
                                           dans la langue de --lang
  reservations [FILE]                      les emplacements et les kW réservés par les devis, avec
                                           leur échéance
  scenario [FILE] --name NAME [--basis contracted|design] [--today DATE]
                                           rejoue un scénario de défaillance enregistré : qui perd l’alimentation
                                           ou le refroidissement
  scenario [FILE] --list                   les scénarios de défaillance du document
  tier3 [FILE] [--basis contracted|design] [--today DATE]
                                           Tier III : violations en maintenance, points de défaillance uniques,
                                           groupes électrogènes N+1, carburant à pleine charge (code de sortie 1 : échec)
  availability [FILE] [--years N] [--seed S] [--threads T] [--basis contracted|design] [--today DATE]
                                           disponibilité par client, par salle et pour le site au regard du Tier III

Options :
  --json       sortie lisible par une machine
  --lang fr|en langue des messages et format des nombres (par défaut : ceux du système)
  -h, --help   aide (également après une commande)
  --version    la version

Codes de sortie : 0 succès, 1 erreur d’utilisation ou (import-dxf) modification refusée par le
document, 2 fichier ou données invalides (le message est écrit sur la sortie d’erreur standard) ;
tier3 : 0 conforme, 1 non conforme au Tier III, 2 toute erreur.
</translation>
    </message>
    <message>
        <source>The load checked: contracted (committed and reserved contracts at --today, the default) or design (every position&apos;s design kW).</source>
        <translation>La charge vérifiée : contractuelle (contrats engagés et réservés à la date --today, par défaut) ou de conception (les kW de conception de chaque emplacement).</translation>
    </message>
    <message>
        <source>The date contracts are counted at (default today).</source>
        <translation>La date à laquelle les contrats sont comptés (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>--basis must be contracted or design</source>
        <translation>--basis doit valoir contracted ou design</translation>
    </message>
    <message>
        <source>--today must be a date like 2026-06-01</source>
        <translation>--today doit être une date au format 2026-06-01</translation>
    </message>
    <message>
        <source>Basis: design load (every position&apos;s design kW), %1 kW of IT in %2 racks; chillers at %3 °C.</source>
        <translation>Base : charge de conception (les kW de conception de chaque emplacement), %1 kW IT dans %2 baies ; groupes froids à %3 °C.</translation>
    </message>
    <message>
        <source>Basis: contracted load on %1, %2 kW of IT in %3 racks; chillers at %4 °C.</source>
        <translation>Base : charge contractuelle au %1, %2 kW IT dans %3 baies ; groupes froids à %4 °C.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>(no tenant)</source>
        <translation>(aucun client)</translation>
    </message>
    <message>
        <source>grid outage at %1 for %2</source>
        <translation>coupure du réseau à %1 pendant %2</translation>
    </message>
    <message>
        <source>%1 fails at %2, repaired in %3</source>
        <translation>%1 en panne à %2, réparation en %3</translation>
    </message>
    <message>
        <source>%1 fails at %2, repaired in its MTTR (%3)</source>
        <translation>%1 en panne à %2, réparation selon son MTTR (%3)</translation>
    </message>
    <message>
        <source>%1 in maintenance from %2 to %3</source>
        <translation>%1 en maintenance de %2 à %3</translation>
    </message>
    <message>
        <source>%1 fails to start on every grid outage from %2</source>
        <translation>échec de démarrage de %1 à chaque coupure du réseau à partir de %2</translation>
    </message>
    <message>
        <source>%1: failure scenario &quot;%2&quot;</source>
        <translation>%1 : scénario de défaillance « %2 »</translation>
    </message>
    <message>
        <source>Horizon %1 at %2 °C outside; %3.</source>
        <translation>Horizon %1 à %2 °C extérieurs ; %3.</translation>
    </message>
    <message>
        <source>Horizon %1 at the site&apos;s design ambient (%2 °C); %3.</source>
        <translation>Horizon %1 à la température extérieure de dimensionnement du site (%2 °C) ; %3.</translation>
    </message>
    <message>
        <source>fuel delivered every tank&apos;s lead time</source>
        <translation>carburant livré selon le délai de réapprovisionnement de chaque cuve</translation>
    </message>
    <message>
        <source>no fuel delivery</source>
        <translation>aucune livraison de carburant</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements :</translation>
    </message>
    <message>
        <source>No load loses power or cooling.</source>
        <translation>Aucune charge ne perd l’alimentation ni le refroidissement.</translation>
    </message>
    <message>
        <source>Loads that lose power or cooling:</source>
        <translation>Charges qui perdent l’alimentation ou le refroidissement :</translation>
    </message>
    <message>
        <source>%1 (%2 kW)</source>
        <translation>%1 (%2 kW)</translation>
    </message>
    <message>
        <source>Tenants: %1</source>
        <translation>Clients : %1</translation>
    </message>
    <message>
        <source>no power</source>
        <translation>sans alimentation</translation>
    </message>
    <message>
        <source>no cooling</source>
        <translation>sans refroidissement</translation>
    </message>
    <message>
        <source>%1 from %2 to %3 (%4), %5 kW</source>
        <translation>%1 de %2 à %3 (%4), %5 kW</translation>
    </message>
    <message>
        <source>why: %1</source>
        <translation>pourquoi : %1</translation>
    </message>
    <message>
        <source>IT load dropped: %1 kW·h over %2 of %3 loads.</source>
        <translation>Charge IT coupée : %1 kW·h sur %2 des %3 charges.</translation>
    </message>
    <message>
        <source>No grid outage: the generators are not called on.</source>
        <translation>Aucune coupure du réseau : les groupes électrogènes ne sont pas sollicités.</translation>
    </message>
    <message>
        <source>Generators: at most %1 of %2 sets running.</source>
        <translation>Groupes électrogènes : au plus %1 groupes sur %2 en marche.</translation>
    </message>
    <message>
        <source>Fuel low point: %1 of tank left at %2.</source>
        <translation>Niveau de carburant le plus bas : %1 de la cuve à %2.</translation>
    </message>
    <message>
        <source>%1 has no failure scenarios.</source>
        <translation>%1 ne contient aucun scénario de défaillance.</translation>
    </message>
    <message>
        <source>Failure scenario</source>
        <translation>Scénario de défaillance</translation>
    </message>
    <message>
        <source>Horizon (h)</source>
        <translation>Horizon (h)</translation>
    </message>
    <message>
        <source>Ambient (°C)</source>
        <translation>Temp. extérieure (°C)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Refuel</source>
        <translation>Ravitaillement</translation>
    </message>
    <message>
        <source>%1 (site)</source>
        <translation>%1 (site)</translation>
    </message>
    <message>
        <source>Replays a failure scenario stored in the document over the site&apos;s power and cooling: which loads lose power or cooling, when, for how long, whose racks they are and why.</source>
        <translation>Rejoue un scénario de défaillance enregistré dans le document sur l’alimentation et le refroidissement du site : quelles charges perdent l’alimentation ou le refroidissement, quand, pendant combien de temps, à qui appartiennent leurs baies et pourquoi.</translation>
    </message>
    <message>
        <source>The failure scenario to replay.</source>
        <translation>Le scénario de défaillance à rejouer.</translation>
    </message>
    <message>
        <source>The document&apos;s failure scenarios.</source>
        <translation>Les scénarios de défaillance du document.</translation>
    </message>
    <message>
        <source>scenario takes at most one FILE</source>
        <translation>scenario accepte au plus un FILE</translation>
    </message>
    <message>
        <source>scenario needs either --name NAME or --list</source>
        <translation>scenario nécessite --name NAME ou --list</translation>
    </message>
    <message>
        <source>Failure scenario &quot;%1&quot;</source>
        <translation>Scénario de défaillance « %1 »</translation>
    </message>
    <message>
        <source>not found: the document has no failure scenarios</source>
        <translation>introuvable : le document ne contient aucun scénario de défaillance</translation>
    </message>
    <message>
        <source>not found in this document (it has %1)</source>
        <translation>introuvable dans ce document (il contient %1)</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1 : néant</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: Tier III check (concurrent maintainability)</source>
        <translation>%1 : vérification Tier III (maintenabilité simultanée)</translation>
    </message>
    <message>
        <source>Maintenance violations</source>
        <translation>Violations en maintenance</translation>
    </message>
    <message>
        <source>Single-corded exposures (do not fail the check)</source>
        <translation>Charges exposées en simple alimentation (sans échec de la vérification)</translation>
    </message>
    <message>
        <source>Single points of failure (grid present; informational)</source>
        <translation>Points de défaillance uniques (réseau présent ; pour information)</translation>
    </message>
    <message>
        <source>Groups short with every unit in: none</source>
        <translation>Groupes insuffisants même avec toutes leurs unités en service : aucun</translation>
    </message>
    <message>
        <source>Groups short with every unit in: %1</source>
        <translation>Groupes insuffisants même avec toutes leurs unités en service : %1</translation>
    </message>
    <message>
        <source>Tier III concurrent maintainability: every unit, path and side taken out for maintenance with the generators as the only source; single points of failure; generators N+1 as the primary source; fuel at full load. Exit code 0: passes, 1: fails, 2: error.</source>
        <translation>Maintenabilité simultanée Tier III : chaque unité, voie et côté mis en maintenance avec les groupes électrogènes pour seule source ; points de défaillance uniques ; groupes électrogènes N+1 comme source principale ; carburant à pleine charge. Code de sortie 0 : conforme, 1 : non conforme, 2 : erreur.</translation>
    </message>
    <message>
        <source>tier3 takes at most one FILE</source>
        <translation>tier3 accepte au plus un FILE</translation>
    </message>
</context>
<context>
    <name>hectare::Document</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>is not a Hectare document: it is an SQLite database of another program</source>
        <translation>n’est pas un document Hectare : c’est une base de données SQLite d’un autre programme</translation>
    </message>
    <message>
        <source>was saved by a newer version of Hectare (document schema %1; this version reads up to schema %2)</source>
        <translation>a été enregistré par une version plus récente de Hectare (schéma du document : %1 ; cette version lit jusqu’au schéma %2)</translation>
    </message>
    <message>
        <source>is damaged: it has no schema version</source>
        <translation>est endommagé : il n’a pas de version de schéma</translation>
    </message>
    <message>
        <source>is damaged: %1</source>
        <translation>est endommagé : %1</translation>
    </message>
    <message>
        <source>is damaged (integrity check: %1)</source>
        <translation>est endommagé (contrôle d’intégrité : %1)</translation>
    </message>
    <message>
        <source>open for writing in another program (%1, process %2 on %3): opened read-only</source>
        <translation>ouvert en écriture dans un autre programme (%1, processus %2 sur %3) : ouvert en lecture seule</translation>
    </message>
    <message>
        <source>open for writing in another program: opened read-only</source>
        <translation>ouvert en écriture dans un autre programme : ouvert en lecture seule</translation>
    </message>
    <message>
        <source>the folder is not writable: opened read-only</source>
        <translation>le dossier n’est pas accessible en écriture : ouvert en lecture seule</translation>
    </message>
    <message>
        <source>the file is write-protected: opened read-only</source>
        <translation>le fichier est protégé en écriture : ouvert en lecture seule</translation>
    </message>
    <message>
        <source>needs an upgrade to schema %1 but is %2; close it there and open it again</source>
        <translation>doit être mis à niveau vers le schéma %1, ce qui est impossible ici (%2) ; fermez-le dans l’autre programme, puis rouvrez-le</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>cannot be written</source>
        <translation>ne peut pas être écrit</translation>
    </message>
    <message>
        <source>is read-only: %1</source>
        <translation>est en lecture seule : %1</translation>
    </message>
    <message>
        <source>cannot be changed now: %1</source>
        <translation>ne peut pas être modifié pour le moment : %1</translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation>la modification n’a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>is this document itself</source>
        <translation>est ce document lui-même</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>n’est pas un fichier</translation>
    </message>
    <message>
        <source>is empty: it is not a Hectare document</source>
        <translation>est vide : ce n’est pas un document Hectare</translation>
    </message>
    <message>
        <source>is not a Hectare document: it is not an SQLite database</source>
        <translation>n’est pas un document Hectare : ce n’est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>is truncated: it ends inside the database header</source>
        <translation>est tronqué : il s’arrête au milieu de l’en-tête de la base de données</translation>
    </message>
    <message>
        <source>is damaged: its header gives an impossible page size (%1)</source>
        <translation>est endommagé : son en-tête indique une taille de page impossible (%1)</translation>
    </message>
    <message>
        <source>is truncated: it holds %1 bytes but its header announces %2</source>
        <translation>est tronqué : il contient %1 octets alors que son en-tête en annonce %2</translation>
    </message>
    <message>
        <source>is truncated or damaged: its size (%1 bytes) is not a whole number of %2-byte pages</source>
        <translation>est tronqué ou endommagé : sa taille (%1 octets) ne correspond pas à un nombre entier de pages de %2 octets</translation>
    </message>
    <message>
        <source>upgrade to schema version %1 failed: %2</source>
        <translation>échec de la mise à niveau vers la version %1 du schéma : %2</translation>
    </message>
    <message>
        <source>stored value of %1 cannot be read</source>
        <translation>la valeur enregistrée de %1 est illisible</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est manquant</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>cannot be opened: %1</source>
        <translation>ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot;</source>
        <translation>Client « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>still holds %n rack position(s); release them first</source>
        <translation>
            <numerusform>détient encore %n emplacement de baie ; libérez-le d’abord</numerusform>
            <numerusform>détient encore %n emplacements de baie ; libérez-les d’abord</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hectare::Dxf</name>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>is a binary DXF file; save it from the CAD program as an ASCII DXF</source>
        <translation>est un fichier DXF binaire ; enregistrez-le depuis le logiciel de CAO au format DXF ASCII</translation>
    </message>
    <message>
        <source>is a DWG drawing, not a DXF file; save it from the CAD program as DXF</source>
        <translation>est un dessin DWG, pas un fichier DXF ; enregistrez-le depuis le logiciel de CAO au format DXF</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <source>is not a DXF file</source>
        <translation>n’est pas un fichier DXF</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 (min. %2)</source>
        <translation>%1 (min. %2)</translation>
    </message>
    <message>
        <source>%1 (%2 m²)</source>
        <translation>%1 (%2 m²)</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>Hall #%1</source>
        <translation>Salle n° %1</translation>
    </message>
    <message>
        <source>not found in this site</source>
        <translation>introuvable sur ce site</translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot;</source>
        <translation>Salle « %1 »</translation>
    </message>
    <message>
        <source>has no outline to draw</source>
        <translation>n’a pas de contour à dessiner</translation>
    </message>
    <message>
        <source>nothing could be written (is the disk full?)</source>
        <translation>rien n’a pu être écrit (le disque est-il plein ?)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Poteau %1</translation>
    </message>
    <message>
        <source>Wall %1</source>
        <translation>Mur %1</translation>
    </message>
    <message>
        <source>Door %1</source>
        <translation>Porte %1</translation>
    </message>
    <message>
        <source>CRAH %1</source>
        <translation>CRAH %1</translation>
    </message>
    <message>
        <source>PDU %1</source>
        <translation>PDU %1</translation>
    </message>
    <message>
        <source>Fire cylinder %1</source>
        <translation>Bouteille d’extinction %1</translation>
    </message>
    <message>
        <source>a text inside no shape</source>
        <translation>un texte hors de toute forme</translation>
    </message>
    <message>
        <source>the units must be greater than 0</source>
        <translation>les unités doivent être supérieures à 0</translation>
    </message>
    <message>
        <source>does not say whether it is drawn in millimetres or metres ($INSUNITS %1); choose the units</source>
        <translation>n’indique pas s’il est dessiné en millimètres ou en mètres ($INSUNITS %1) ; choisissez les unités</translation>
    </message>
    <message>
        <source>choose at least one layer to import</source>
        <translation>choisissez au moins un calque à importer</translation>
    </message>
    <message>
        <source>has no layer &quot;%1&quot; (it has: %2)</source>
        <translation>n’a pas de calque « %1 » (calques présents : %2)</translation>
    </message>
    <message>
        <source>layer %1 has no closed polyline or closed loop of lines for the outline</source>
        <translation>le calque %1 ne contient ni polyligne fermée ni boucle fermée de lignes pour le contour</translation>
    </message>
    <message>
        <source>has no area</source>
        <translation>surface nulle</translation>
    </message>
    <message>
        <source>a mesh, not an outline</source>
        <translation>un maillage, pas un contour</translation>
    </message>
    <message>
        <source>an open polyline</source>
        <translation>une polyligne ouverte</translation>
    </message>
    <message>
        <source>a line (only walls may be single lines)</source>
        <translation>une ligne (seuls les murs peuvent être des lignes simples)</translation>
    </message>
    <message>
        <source>an array of blocks</source>
        <translation>un réseau de blocs</translation>
    </message>
    <message>
        <source>a block with no lines, polylines or circles of its own</source>
        <translation>un bloc sans lignes, polylignes ni cercles propres</translation>
    </message>
    <message>
        <source>lines that do not close a loop</source>
        <translation>des lignes qui ne forment pas de boucle fermée</translation>
    </message>
    <message>
        <source>not a closed polyline</source>
        <translation>pas une polyligne fermée</translation>
    </message>
    <message>
        <source>a text on the outline layer</source>
        <translation>un texte sur le calque du contour</translation>
    </message>
    <message>
        <source>a smaller closed shape (the outline is the largest)</source>
        <translation>une forme fermée plus petite (le contour est la plus grande)</translation>
    </message>
    <message>
        <source>a curve: redraw it as a closed polyline</source>
        <translation>une courbe : redessinez-la en polyligne fermée</translation>
    </message>
    <message>
        <source>a fill, not an outline</source>
        <translation>un remplissage, pas un contour</translation>
    </message>
    <message>
        <source>an annotation</source>
        <translation>une annotation</translation>
    </message>
    <message>
        <source>not readable as a plan shape</source>
        <translation>non interprétable comme forme du plan</translation>
    </message>
</context>
<context>
    <name>hectare::Enums</name>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>occupied</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqué</translation>
    </message>
    <message>
        <source>quoted</source>
        <translation>devis</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>new hall</source>
        <translation>nouvelle salle</translation>
    </message>
    <message>
        <source>power block</source>
        <translation>bloc de puissance</translation>
    </message>
    <message>
        <source>chiller</source>
        <translation>groupe froid</translation>
    </message>
    <message>
        <source>generator</source>
        <translation>groupe électrogène</translation>
    </message>
    <message>
        <source>column</source>
        <translation>poteau</translation>
    </message>
    <message>
        <source>wall</source>
        <translation>mur</translation>
    </message>
    <message>
        <source>door</source>
        <translation>porte</translation>
    </message>
    <message>
        <source>CRAH/CRAC unit</source>
        <translation>armoire de climatisation (CRAH/CRAC)</translation>
    </message>
    <message>
        <source>PDU/RPP</source>
        <translation>PDU/RPP</translation>
    </message>
    <message>
        <source>fire-suppression cylinder</source>
        <translation>bouteille d’extinction</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>émis</translation>
    </message>
    <message>
        <source>converted</source>
        <translation>converti</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
</context>
<context>
    <name>hectare::FailureScenario</name>
    <message>
        <source>Event %1</source>
        <translation>Événement %1</translation>
    </message>
    <message>
        <source>; and </source>
        <translation> ; et </translation>
    </message>
    <message>
        <source>%1 → load %2 loses power</source>
        <translation>%1 → la charge %2 perd l’alimentation</translation>
    </message>
    <message>
        <source>%1 → load %2 loses cooling</source>
        <translation>%1 → la charge %2 perd le refroidissement</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;</source>
        <translation>Scénario « %1 »</translation>
    </message>
    <message>
        <source>the horizon must be &gt; 0 hours and finite</source>
        <translation>l’horizon doit être fini et supérieur à 0 heure</translation>
    </message>
    <message>
        <source>a capacity scale names a group that does not exist or is negative</source>
        <translation>un coefficient de capacité désigne un groupe inexistant ou est négatif</translation>
    </message>
    <message>
        <source>the time must be ≥ 0 and finite</source>
        <translation>l’instant doit être fini et ≥ 0</translation>
    </message>
    <message>
        <source>the outage duration must be ≥ 0</source>
        <translation>la durée de la coupure doit être ≥ 0</translation>
    </message>
    <message>
        <source>the failing unit does not exist</source>
        <translation>l’unité en panne n’existe pas</translation>
    </message>
    <message>
        <source>the unit in maintenance does not exist</source>
        <translation>l’unité en maintenance n’existe pas</translation>
    </message>
    <message>
        <source>maintenance must end after it begins</source>
        <translation>la maintenance doit finir après avoir commencé</translation>
    </message>
    <message>
        <source>the unit failing to start is not a generator</source>
        <translation>l’unité qui ne démarre pas n’est pas un groupe électrogène</translation>
    </message>
    <message>
        <source>generator %1</source>
        <translation>groupe électrogène %1</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unité %1</translation>
    </message>
    <message>
        <source>generators</source>
        <translation>groupes électrogènes</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>path %1 (A)</source>
        <translation>voie %1 (A)</translation>
    </message>
    <message>
        <source>path %1 (B)</source>
        <translation>voie %1 (B)</translation>
    </message>
    <message>
        <source>cooling %1</source>
        <translation>refroidissement %1</translation>
    </message>
    <message>
        <source>grid outage at %1 h</source>
        <translation>coupure du réseau à %1 h</translation>
    </message>
    <message>
        <source>generators starting (%1 min)</source>
        <translation>démarrage des groupes électrogènes (%1 min)</translation>
    </message>
    <message>
        <source>%1 failed to start</source>
        <translation>%1 n’a pas démarré</translation>
    </message>
    <message>
        <source>%1 failed at %2 h</source>
        <translation>%1 en panne à %2 h</translation>
    </message>
    <message>
        <source>%1 in maintenance since %2 h</source>
        <translation>%1 en maintenance depuis %2 h</translation>
    </message>
    <message>
        <source>%1 derated to %2 % of rated capacity</source>
        <translation>%1 déclassé à %2 % de sa capacité nominale</translation>
    </message>
    <message>
        <source>%1 below k (%2 of %3 needed)</source>
        <translation>%1 sous k (%2 sur %3 nécessaires)</translation>
    </message>
    <message>
        <source>fuel exhausted at %1 h (tanks for %2 h)</source>
        <translation>gazole épuisé à %1 h (cuves pour %2 h)</translation>
    </message>
    <message>
        <source>source lost</source>
        <translation>source perdue</translation>
    </message>
    <message>
        <source>battery of %1 exhausted after %2 min</source>
        <translation>batteries de %1 épuisées après %2 min</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 hors service</translation>
    </message>
    <message>
        <source>power back at %1 h, %2 restarting (%3 min)</source>
        <translation>alimentation rétablie à %1 h, redémarrage de %2 (%3 min)</translation>
    </message>
    <message>
        <source>thermal ride-through of %1 exhausted after %2 min</source>
        <translation>inertie thermique de %1 épuisée après %2 min</translation>
    </message>
    <message>
        <source>%1 lost</source>
        <translation>%1 perdu</translation>
    </message>
    <message>
        <source>%1 (A)</source>
        <translation>%1 (A)</translation>
    </message>
    <message>
        <source>%1 (B)</source>
        <translation>%1 (B)</translation>
    </message>
</context>
<context>
    <name>hectare::Growth</name>
    <message>
        <source>Scenario &quot;%1&quot;</source>
        <translation>Scénario « %1 »</translation>
    </message>
    <message>
        <source>has no start month</source>
        <translation>n’a pas de mois de début</translation>
    </message>
    <message>
        <source>has no horizon (got %1 months)</source>
        <translation>n’a pas d’horizon (reçu %1 mois)</translation>
    </message>
    <message>
        <source>runs must be 0 or more (got %1)</source>
        <translation>le nombre de simulations doit être supérieur ou égal à 0 (reçu %1)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>hectare::LayoutEdits</name>
    <message>
        <source>rack %1</source>
        <translation>baie %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rangée %1</translation>
    </message>
    <message>
        <source>Hall %1</source>
        <translation>Salle %1</translation>
    </message>
    <message>
        <source>%1: occupied by %2; only free or blocked positions can be removed</source>
        <translation>%1 : occupé par %2 ; seuls les emplacements libres ou bloqués peuvent être supprimés</translation>
    </message>
    <message>
        <source>%1: reserved for %2; only free or blocked positions can be removed</source>
        <translation>%1 : réservé pour %2 ; seuls les emplacements libres ou bloqués peuvent être supprimés</translation>
    </message>
</context>
<context>
    <name>hectare::ModelJson</name>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>nombre attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected a whole number, got %1</source>
        <translation>nombre entier attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>nombre entier de %1 à %2 attendu, reçu %3</translation>
    </message>
    <message>
        <source>expected an id (a whole number greater than 0), got %1</source>
        <translation>identifiant attendu (nombre entier supérieur à 0), reçu %1</translation>
    </message>
    <message>
        <source>expected an id (a whole number greater than 0) or null, got %1</source>
        <translation>identifiant (nombre entier supérieur à 0) ou null attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>chaîne de caractères attendue, reçu %1</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD or null, got %1</source>
        <translation>date au format AAAA-MM-JJ ou null attendue, reçu %1</translation>
    </message>
    <message>
        <source>expected one of %1, got %2</source>
        <translation>valeur attendue parmi %1, reçu %2</translation>
    </message>
    <message>
        <source>unknown %1 %2 (expected %3)</source>
        <extracomment>%1 is the key (&quot;state&quot;), %2 the value found, %3 the values allowed.</extracomment>
        <translation>valeur de %1 inconnue : %2 (valeurs admises : %3)</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>clé obligatoire manquante</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>no building has id %1</source>
        <translation>aucun bâtiment n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>no hall has id %1</source>
        <translation>aucune salle n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>no row has id %1</source>
        <translation>aucune rangée n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>no tenant has id %1</source>
        <translation>aucun client n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>no UPS group has id %1</source>
        <translation>aucun groupe d’onduleurs n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>no PDU has id %1</source>
        <translation>aucun PDU n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>no object has id %1</source>
        <translation>aucun objet n’a l’identifiant %1</translation>
    </message>
    <message>
        <source>duplicate id %1</source>
        <translation>identifiant %1 en double</translation>
    </message>
    <message>
        <source>expected an array of points [x, y], got %1</source>
        <translation>tableau de points [x, y] attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected a point [x, y], got %1</source>
        <translation>point [x, y] attendu, reçu %1</translation>
    </message>
    <message numerus="yes">
        <source>expected a point [x, y], got %n value(s)</source>
        <translation>
            <numerusform>point [x, y] attendu, %n valeur reçue</numerusform>
            <numerusform>point [x, y] attendu, %n valeurs reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>tableau attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, reçu %1</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1 (line %2, column %3): %4</source>
        <translation>JSON invalide à la position %1 (ligne %2, colonne %3) : %4</translation>
    </message>
    <message>
        <source>not a Hectare model (no &quot;format&quot; key)</source>
        <translation>n’est pas un modèle Hectare (clé « format » absente)</translation>
    </message>
    <message>
        <source>not a Hectare model (format is %1)</source>
        <translation>n’est pas un modèle Hectare (format : %1)</translation>
    </message>
    <message>
        <source>formatVersion %1 is newer than this version of Hectare understands (%2)</source>
        <translation>formatVersion %1 est plus récent que ce que cette version de Hectare sait lire (%2)</translation>
    </message>
    <message>
        <source>formatVersion %1 is not a valid version (expected 1 to %2)</source>
        <translation>formatVersion %1 n’est pas une version valide (attendu : de 1 à %2)</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true ou false attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected a whole amount of money, got %1</source>
        <translation>montant entier attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected a whole number or null, got %1</source>
        <translation>nombre entier ou null attendu, reçu %1</translation>
    </message>
    <message>
        <source>expected a number or null, got %1</source>
        <translation>nombre ou null attendu, reçu %1</translation>
    </message>
</context>
<context>
    <name>hectare::ModelValidation</name>
    <message>
        <source>Hall #%1</source>
        <translation>Salle n° %1</translation>
    </message>
    <message>
        <source>Hall %1</source>
        <translation>Salle %1</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rangée %1</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rangée %1</translation>
    </message>
    <message>
        <source>rack %1</source>
        <translation>baie %1</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>Baie %1</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <source>Tenant #%1</source>
        <translation>Client n° %1</translation>
    </message>
    <message>
        <source>contract #%1</source>
        <translation>contrat n° %1</translation>
    </message>
    <message>
        <source>Contract #%1</source>
        <translation>Contrat n° %1</translation>
    </message>
    <message>
        <source>must be greater than 0 (got %1)</source>
        <translation>doit être supérieur à 0 (reçu %1)</translation>
    </message>
    <message>
        <source>must be 0 or more (got %1)</source>
        <translation>doit être supérieur ou égal à 0 (reçu %1)</translation>
    </message>
    <message>
        <source>must be between %1 and %2 (got %3)</source>
        <translation>doit être compris entre %1 et %2 (reçu %3)</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most 1 (got %1)</source>
        <translation>doit être supérieur à 0 et inférieur ou égal à 1 (reçu %1)</translation>
    </message>
    <message>
        <source>must be at least 1 (got %1)</source>
        <translation>doit être au moins égal à 1 (reçu %1)</translation>
    </message>
    <message>
        <source>N+1 needs at least 2 units (got %1)</source>
        <translation>N+1 exige au moins 2 unités (reçu %1)</translation>
    </message>
    <message>
        <source>N+2 needs at least 3 units (got %1)</source>
        <translation>N+2 exige au moins 3 unités (reçu %1)</translation>
    </message>
    <message>
        <source>2N needs an even number of units, at least 2 (got %1)</source>
        <translation>2N exige un nombre pair d’unités, au moins 2 (reçu %1)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Site %1</translation>
    </message>
    <message>
        <source>land area</source>
        <translation>surface du terrain</translation>
    </message>
    <message>
        <source>design ambient</source>
        <translation>température extérieure de dimensionnement</translation>
    </message>
    <message>
        <source>auxiliary kW</source>
        <translation>puissance auxiliaire (kW)</translation>
    </message>
    <message>
        <source>load power factor</source>
        <translation>facteur de puissance de la charge</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>another hall has the same name</source>
        <translation>une autre salle porte le même nom</translation>
    </message>
    <message>
        <source>building</source>
        <translation>bâtiment</translation>
    </message>
    <message>
        <source>refers to building #%1, which does not exist</source>
        <translation>fait référence au bâtiment n° %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>contour</translation>
    </message>
    <message>
        <source>needs at least 3 points (got %1)</source>
        <translation>doit comporter au moins 3 points (reçu %1)</translation>
    </message>
    <message>
        <source>must enclose an area greater than 0</source>
        <translation>doit délimiter une surface supérieure à 0</translation>
    </message>
    <message>
        <source>tile size</source>
        <translation>taille des dalles</translation>
    </message>
    <message>
        <source>floor load</source>
        <translation>charge au sol</translation>
    </message>
    <message>
        <source>ceiling height</source>
        <translation>hauteur sous plafond</translation>
    </message>
    <message>
        <source>hall</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>refers to hall #%1, which does not exist</source>
        <translation>fait référence à la salle n° %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>another row in this hall has the same name</source>
        <translation>une autre rangée de cette salle porte le même nom</translation>
    </message>
    <message>
        <source>Utility feed %1</source>
        <translation>Arrivée réseau %1</translation>
    </message>
    <message>
        <source>kVA</source>
        <translation>puissance (kVA)</translation>
    </message>
    <message>
        <source>Transformer group %1</source>
        <translation>Groupe de transformateurs %1</translation>
    </message>
    <message>
        <source>unit kVA</source>
        <translation>puissance unitaire (kVA)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>rendement</translation>
    </message>
    <message>
        <source>Generator group %1</source>
        <translation>Ensemble de groupes électrogènes %1</translation>
    </message>
    <message>
        <source>power factor</source>
        <translation>facteur de puissance</translation>
    </message>
    <message>
        <source>UPS group %1</source>
        <translation>Groupe d’onduleurs %1</translation>
    </message>
    <message>
        <source>module kW</source>
        <translation>puissance par module (kW)</translation>
    </message>
    <message>
        <source>module count</source>
        <translation>nombre de modules</translation>
    </message>
    <message>
        <source>PDU %1</source>
        <translation>PDU %1</translation>
    </message>
    <message>
        <source>UPS group</source>
        <translation>groupe d’onduleurs</translation>
    </message>
    <message>
        <source>refers to UPS group #%1, which does not exist</source>
        <translation>fait référence au groupe d’onduleurs n° %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>breaker</source>
        <translation>calibre du disjoncteur</translation>
    </message>
    <message>
        <source>voltage</source>
        <translation>tension</translation>
    </message>
    <message>
        <source>phases</source>
        <translation>phases</translation>
    </message>
    <message>
        <source>must be 1 or 3 (got %1)</source>
        <translation>doit être égal à 1 ou 3 (reçu %1)</translation>
    </message>
    <message>
        <source>Chiller group %1</source>
        <translation>Ensemble de groupes froids %1</translation>
    </message>
    <message>
        <source>unit kW</source>
        <translation>puissance unitaire (kW)</translation>
    </message>
    <message>
        <source>rated ambient</source>
        <translation>température ambiante nominale</translation>
    </message>
    <message>
        <source>derating</source>
        <translation>déclassement</translation>
    </message>
    <message>
        <source>COP</source>
        <translation>COP</translation>
    </message>
    <message>
        <source>CRAH group %1</source>
        <translation>Groupe de CRAH %1</translation>
    </message>
    <message>
        <source>row</source>
        <translation>rangée</translation>
    </message>
    <message>
        <source>refers to row #%1, which does not exist</source>
        <translation>fait référence à la rangée n° %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>another rack in this row has the same name</source>
        <translation>une autre baie de cette rangée porte le même nom</translation>
    </message>
    <message>
        <source>width</source>
        <translation>largeur</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profondeur</translation>
    </message>
    <message>
        <source>height</source>
        <translation>hauteur</translation>
    </message>
    <message>
        <source>must be between 1 and 60 U (got %1)</source>
        <translation>doit être comprise entre 1 et 60 U (reçu %1)</translation>
    </message>
    <message>
        <source>design kW</source>
        <translation>puissance de conception (kW)</translation>
    </message>
    <message>
        <source>max weight</source>
        <translation>poids maximal</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>client</translation>
    </message>
    <message>
        <source>an occupied rack needs a tenant</source>
        <translation>une baie occupée doit avoir un client</translation>
    </message>
    <message>
        <source>a reserved rack needs a tenant</source>
        <translation>une baie réservée doit avoir un client</translation>
    </message>
    <message>
        <source>refers to tenant #%1, which does not exist</source>
        <translation>fait référence au client n° %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>a free rack cannot have a tenant (has %1)</source>
        <translation>une baie libre ne peut pas avoir de client (client actuel : %1)</translation>
    </message>
    <message>
        <source>a blocked rack cannot have a tenant (has %1)</source>
        <translation>une baie bloquée ne peut pas avoir de client (client actuel : %1)</translation>
    </message>
    <message>
        <source>refers to PDU #%1, which does not exist</source>
        <translation>fait référence au PDU n° %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>PDU %1 is in hall %2, not in the rack&apos;s hall</source>
        <translation>le PDU %1 est dans la salle %2, et non dans celle de la baie</translation>
    </message>
    <message>
        <source>PDU %1 is not in the rack&apos;s hall</source>
        <translation>le PDU %1 n’est pas dans la salle de la baie</translation>
    </message>
    <message>
        <source>feed A</source>
        <translation>voie A</translation>
    </message>
    <message>
        <source>feed B</source>
        <translation>voie B</translation>
    </message>
    <message>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <source>is not inside the hall&apos;s outline</source>
        <translation>n’est pas à l’intérieur du contour de la salle</translation>
    </message>
    <message>
        <source>overlaps rack %1 in row %2</source>
        <translation>chevauche la baie %1 de la rangée %2</translation>
    </message>
    <message>
        <source>another tenant has the same name</source>
        <translation>un autre client porte le même nom</translation>
    </message>
    <message>
        <source>committed kW</source>
        <translation>puissance engagée (kW)</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>baies</translation>
    </message>
    <message>
        <source>cage area</source>
        <translation>surface de cage</translation>
    </message>
    <message>
        <source>ramp start</source>
        <translation>niveau de départ de la montée en charge</translation>
    </message>
    <message>
        <source>ramp months</source>
        <translation>durée de la montée en charge (mois)</translation>
    </message>
    <message>
        <source>draw ratio</source>
        <translation>taux de consommation</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>must be after the start, %1 (got %2)</source>
        <translation>doit être postérieure au début, %1 (reçu %2)</translation>
    </message>
    <message>
        <source>hall #%1</source>
        <translation>salle n° %1</translation>
    </message>
    <message>
        <source>hall %1</source>
        <translation>salle %1</translation>
    </message>
    <message numerus="yes">
        <source>holds %n rack(s) but its contracts in this hall grant %1</source>
        <translation>
            <numerusform>détient %n baie alors que ses contrats dans cette salle n’en accordent que %1</numerusform>
            <numerusform>détient %n baies alors que ses contrats dans cette salle n’en accordent que %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Scenario #%1</source>
        <translation>Scénario n° %1</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Scénario %1</translation>
    </message>
    <message>
        <source>another scenario has the same name</source>
        <translation>un autre scénario porte le même nom</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>must be set</source>
        <translation>doit être renseigné</translation>
    </message>
    <message>
        <source>must be the first day of a month (got %1)</source>
        <translation>doit être le premier jour d’un mois (reçu %1)</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizon</translation>
    </message>
    <message>
        <source>must be between 1 and %1 months (got %2)</source>
        <translation>doit être compris entre 1 et %1 mois (reçu %2)</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>croissance</translation>
    </message>
    <message>
        <source>non-renewal probability</source>
        <translation>probabilité de non-renouvellement</translation>
    </message>
    <message>
        <source>early exit per year</source>
        <translation>résiliation anticipée par an</translation>
    </message>
    <message>
        <source>design kW per new rack</source>
        <translation>puissance de conception par nouvelle baie (kW)</translation>
    </message>
    <message>
        <source>density growth</source>
        <translation>croissance de la densité</translation>
    </message>
    <message>
        <source>decision risk</source>
        <translation>risque de décision</translation>
    </message>
    <message>
        <source>default lead time</source>
        <translation>délai de réalisation par défaut</translation>
    </message>
    <message>
        <source>growth of tenant %1</source>
        <translation>croissance du client %1</translation>
    </message>
    <message>
        <source>growth of tenant #%1</source>
        <translation>croissance du client n° %1</translation>
    </message>
    <message>
        <source>the tenant&apos;s growth is already set in this scenario</source>
        <translation>la croissance de ce client est déjà définie dans ce scénario</translation>
    </message>
    <message>
        <source>prospect %1</source>
        <translation>prospect %1</translation>
    </message>
    <message>
        <source>another prospect of this scenario has the same name</source>
        <translation>un autre prospect de ce scénario porte le même nom</translation>
    </message>
    <message>
        <source>a prospect needs racks or kW</source>
        <translation>un prospect doit avoir des baies ou des kW</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilité</translation>
    </message>
    <message>
        <source>sign month</source>
        <translation>mois de signature</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>étalement de la signature</translation>
    </message>
    <message>
        <source>expansion %1</source>
        <translation>extension %1</translation>
    </message>
    <message>
        <source>another expansion of this scenario has the same name</source>
        <translation>une autre extension de ce scénario porte le même nom</translation>
    </message>
    <message>
        <source>chillers and generators serve the whole site: leave the hall empty</source>
        <translation>les groupes froids et les groupes électrogènes desservent l’ensemble du site : ne renseignez pas de salle</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>emplacements</translation>
    </message>
    <message>
        <source>power kW</source>
        <translation>puissance (kW)</translation>
    </message>
    <message>
        <source>cooling kW</source>
        <translation>puissance frigorifique (kW)</translation>
    </message>
    <message>
        <source>generator kVA</source>
        <translation>groupes électrogènes (kVA)</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>capacité</translation>
    </message>
    <message>
        <source>must add positions, kW or kVA</source>
        <translation>doit ajouter des emplacements, des kW ou des kVA</translation>
    </message>
    <message>
        <source>capex</source>
        <translation>capex</translation>
    </message>
    <message>
        <source>lead time</source>
        <translation>délai de réalisation</translation>
    </message>
    <message>
        <source>online month</source>
        <translation>mois de mise en service</translation>
    </message>
    <message>
        <source>obstacle %1</source>
        <translation>obstacle %1</translation>
    </message>
    <message>
        <source>Obstacle %1</source>
        <translation>Obstacle %1</translation>
    </message>
    <message>
        <source>cage %1</source>
        <translation>cage %1</translation>
    </message>
    <message>
        <source>Cage %1</source>
        <translation>Cage %1</translation>
    </message>
    <message>
        <source>cold aisle clearance</source>
        <translation>dégagement d’allée froide</translation>
    </message>
    <message>
        <source>hot aisle clearance</source>
        <translation>dégagement d’allée chaude</translation>
    </message>
    <message>
        <source>service clearance</source>
        <translation>dégagement de service</translation>
    </message>
    <message>
        <source>wall clearance</source>
        <translation>dégagement aux murs</translation>
    </message>
    <message>
        <source>must be greater than 0 and less than %1 m (got %2)</source>
        <translation>doit être supérieur à 0 et inférieur à %1 m (reçu %2)</translation>
    </message>
    <message>
        <source>another obstacle in this hall has the same name</source>
        <translation>un autre obstacle de cette salle porte le même nom</translation>
    </message>
    <message>
        <source>must be a finite number (got %1)</source>
        <translation>doit être un nombre fini (reçu %1)</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>centre</translation>
    </message>
    <message>
        <source>must be a point of finite coordinates</source>
        <translation>doit être un point de coordonnées finies</translation>
    </message>
    <message>
        <source>rotation</source>
        <translation>rotation</translation>
    </message>
    <message>
        <source>its centre is neither inside nor on the hall&apos;s outline</source>
        <translation>son centre n’est ni à l’intérieur ni sur le contour de la salle</translation>
    </message>
    <message>
        <source>overlaps %1 %2</source>
        <translation>chevauche l’obstacle %2 (%1)</translation>
    </message>
    <message>
        <source>another cage in this hall has the same name</source>
        <translation>une autre cage de cette salle porte le même nom</translation>
    </message>
    <message>
        <source>must not cross or touch itself</source>
        <translation>ne doit ni se croiser ni se toucher lui-même</translation>
    </message>
    <message>
        <source>the cage of %1 overlaps cage %2 of %3 (%4 m² in common)</source>
        <translation>la cage de %1 chevauche la cage %2 de %3 (%4 m² en commun)</translation>
    </message>
    <message>
        <source>Price book, item %1</source>
        <translation>Grille tarifaire, article %1</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>must be XOF (got %1)</source>
        <translation>doit être XOF (reçu %1)</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>annual escalator</source>
        <translation>indexation annuelle</translation>
    </message>
    <message>
        <source>validity (days)</source>
        <translation>validité (jours)</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>another item has the key %1</source>
        <translation>un autre article a la clé %1</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>prix unitaire</translation>
    </message>
    <message>
        <source>density band from (kW per rack)</source>
        <translation>tranche de densité à partir de (kW par baie)</translation>
    </message>
    <message>
        <source>density band to (kW per rack)</source>
        <translation>tranche de densité jusqu’à (kW par baie)</translation>
    </message>
    <message>
        <source>density band</source>
        <translation>tranche de densité</translation>
    </message>
    <message>
        <source>must end above where it starts (%1 to %2 kW per rack)</source>
        <translation>doit finir au-dessus de son début (%1 à %2 kW par baie)</translation>
    </message>
    <message>
        <source>overlaps the band of item %1</source>
        <translation>chevauche la tranche de l’article %1</translation>
    </message>
    <message numerus="yes">
        <source>Price book, term discount from %n month(s)</source>
        <translation>
            <numerusform>Grille tarifaire, remise de durée à partir de %n mois</numerusform>
            <numerusform>Grille tarifaire, remise de durée à partir de %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>discount (basis points)</source>
        <translation>remise (points de base)</translation>
    </message>
    <message>
        <source>another term discount starts at the same term</source>
        <translation>une autre remise de durée commence à la même durée</translation>
    </message>
    <message numerus="yes">
        <source>must not be less than that of the shorter term of %n month(s) (%1)</source>
        <translation>
            <numerusform>ne doit pas être inférieure à celle de la durée plus courte de %n mois (%1)</numerusform>
            <numerusform>ne doit pas être inférieure à celle de la durée plus courte de %n mois (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>renewal (months)</source>
        <translation>reconduction (mois)</translation>
    </message>
    <message>
        <source>notice (months)</source>
        <translation>préavis (mois)</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Devis %1</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>is used by another quote</source>
        <translation>est déjà utilisé par un autre devis</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <source>valid until</source>
        <translation>fin de validité</translation>
    </message>
    <message>
        <source>is before the issue date</source>
        <translation>est antérieure à la date d’émission</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>quantity and unit price must be 0 or more</source>
        <translation>la quantité et le prix unitaire doivent être supérieurs ou égaux à 0</translation>
    </message>
    <message>
        <source>does not exist; a reserved quote must have a hall</source>
        <translation>n’existe pas ; un devis réservé doit avoir une salle</translation>
    </message>
    <message>
        <source>position %1 it holds no longer exists; cancel the quote first</source>
        <translation>l’emplacement %1 qu’il réserve n’existe plus ; annulez d’abord le devis</translation>
    </message>
    <message>
        <source>position %1 it holds is not in hall %2</source>
        <translation>l’emplacement %1 qu’il réserve n’est pas dans la salle %2</translation>
    </message>
    <message>
        <source>grid outages per year</source>
        <translation>coupures du réseau par an</translation>
    </message>
    <message>
        <source>grid outage mean hours</source>
        <translation>durée moyenne des coupures (h)</translation>
    </message>
    <message>
        <source>grid outage tail share</source>
        <translation>part des coupures longues</translation>
    </message>
    <message>
        <source>grid outage tail mean hours</source>
        <translation>durée moyenne des coupures longues (h)</translation>
    </message>
    <message>
        <source>thermal mass</source>
        <translation>inertie thermique</translation>
    </message>
    <message>
        <source>inlet limit rise</source>
        <translation>échauffement admissible à l’aspiration</translation>
    </message>
    <message>
        <source>fail-to-start probability</source>
        <translation>probabilité de non-démarrage</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>temps de démarrage</translation>
    </message>
    <message>
        <source>fuel at 25 %</source>
        <translation>gazole à 25 %</translation>
    </message>
    <message>
        <source>fuel at 50 %</source>
        <translation>gazole à 50 %</translation>
    </message>
    <message>
        <source>fuel at 75 %</source>
        <translation>gazole à 75 %</translation>
    </message>
    <message>
        <source>fuel at 100 %</source>
        <translation>gazole à 100 %</translation>
    </message>
    <message>
        <source>must not be less than at a lower load (%1 &lt; %2 L/h)</source>
        <translation>ne doit pas être inférieure à celle d’une charge plus faible (%1 &lt; %2 L/h)</translation>
    </message>
    <message>
        <source>battery minutes</source>
        <translation>autonomie des batteries (min)</translation>
    </message>
    <message>
        <source>Fuel tank %1</source>
        <translation>Cuve de gazole %1</translation>
    </message>
    <message>
        <source>litres</source>
        <translation>litres</translation>
    </message>
    <message>
        <source>refuel lead time</source>
        <translation>délai de réapprovisionnement</translation>
    </message>
    <message>
        <source>Transfer switch %1</source>
        <translation>Inverseur de sources %1</translation>
    </message>
    <message>
        <source>Switchgear %1</source>
        <translation>Tableau de distribution %1</translation>
    </message>
    <message>
        <source>rated kW</source>
        <translation>kW nominaux</translation>
    </message>
    <message>
        <source>Pump group %1</source>
        <translation>Groupe de pompes %1</translation>
    </message>
    <message>
        <source>Reliability of %1 #%2</source>
        <translation>Fiabilité de %1 n° %2</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>is not a kind of component the document has</source>
        <translation>n’est pas un type de composant du document</translation>
    </message>
    <message>
        <source>component</source>
        <translation>composant</translation>
    </message>
    <message>
        <source>refers to %1 #%2, which does not exist</source>
        <translation>renvoie à %1 n° %2, qui n’existe pas</translation>
    </message>
    <message>
        <source>is overridden twice</source>
        <translation>est redéfinie deux fois</translation>
    </message>
    <message>
        <source>MTBF</source>
        <translation>MTBF</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>chiller group %1</source>
        <translation>ensemble de groupes froids %1</translation>
    </message>
    <message>
        <source>generator group %1</source>
        <translation>ensemble de groupes électrogènes %1</translation>
    </message>
    <message>
        <source>transformer group %1</source>
        <translation>groupe de transformateurs %1</translation>
    </message>
    <message>
        <source>transfer switch %1</source>
        <translation>inverseur de source %1</translation>
    </message>
    <message>
        <source>switchgear %1</source>
        <translation>tableau de distribution %1</translation>
    </message>
    <message>
        <source>pump group %1</source>
        <translation>groupe de pompes %1</translation>
    </message>
    <message>
        <source>Failure scenario #%1</source>
        <translation>Scénario de défaillance n° %1</translation>
    </message>
    <message>
        <source>Failure scenario %1</source>
        <translation>Scénario de défaillance %1</translation>
    </message>
    <message>
        <source>another failure scenario has the same name</source>
        <translation>un autre scénario de défaillance porte le même nom</translation>
    </message>
    <message>
        <source>ambient</source>
        <translation>température extérieure</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>événement %1</translation>
    </message>
    <message>
        <source>time</source>
        <translation>instant</translation>
    </message>
    <message>
        <source>must be before the horizon of %1 h (got %2 h)</source>
        <translation>doit précéder l’horizon de %1 h (reçu %2 h)</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>component kind</source>
        <translation>type de composant</translation>
    </message>
    <message>
        <source>a failure to start must name a diesel-generator (got %1)</source>
        <translation>un échec de démarrage doit désigner un groupe électrogène diesel (reçu %1)</translation>
    </message>
    <message>
        <source>%1 is not a kind of component the document has</source>
        <translation>%1 n’est pas un type de composant du document</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>member</source>
        <translation>unité</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 has %n unit(s): there is no unit %3</source>
        <translation>
            <numerusform>%1 %2 compte %n unité : il n’y a pas d’unité %3</numerusform>
            <numerusform>%1 %2 compte %n unités : il n’y a pas d’unité %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hectare::Placement</name>
    <message>
        <source>%1 runs out in month %2 of the term (%3) in the forecast: %4 positions needed, %5 left</source>
        <translation>%1 : épuisement au mois %2 de la durée (%3) selon la prévision : %4 emplacements nécessaires, %5 restants</translation>
    </message>
    <message>
        <source>%1 runs out in month %2 of the term (%3) in the forecast: %4 kW needed, %5 kW left, short by %6 kW</source>
        <translation>%1 : épuisement au mois %2 de la durée (%3) selon la prévision : %4 kW nécessaires, %5 kW restants, il manque %6 kW</translation>
    </message>
    <message numerus="yes">
        <source>space: %n position(s) needed</source>
        <translation>
            <numerusform>espace : %n emplacement nécessaire</numerusform>
            <numerusform>espace : %n emplacements nécessaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suitable and free</source>
        <translation>
            <numerusform>%n adapté et libre</numerusform>
            <numerusform>%n adaptés et libres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 kW needed, %3 kW free, short by %4 kW</source>
        <translation>%1 : %2 kW nécessaires, %3 kW libres, il manque %4 kW</translation>
    </message>
    <message numerus="yes">
        <source>%n designed below the kW per rack</source>
        <translation>
            <numerusform>%n conçu pour moins de kW par baie que demandé</numerusform>
            <numerusform>%n conçus pour moins de kW par baie que demandé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without A and B feeds</source>
        <translation>
            <numerusform>%n sans voies A et B</numerusform>
            <numerusform>%n sans voies A et B</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a power feed</source>
        <translation>
            <numerusform>%n sans alimentation électrique</numerusform>
            <numerusform>%n sans alimentation électrique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n that cannot bear the weight</source>
        <translation>
            <numerusform>%n qui ne peut pas supporter le poids</numerusform>
            <numerusform>%n qui ne peuvent pas supporter le poids</numerusform>
        </translation>
    </message>
    <message>
        <source> (of %1 free: %2)</source>
        <translation> (sur %1 libres : %2)</translation>
    </message>
    <message>
        <source>row %1, position %2</source>
        <translation>rangée %1, emplacement %2</translation>
    </message>
    <message>
        <source>row %1, positions %2–%3</source>
        <translation>rangée %1, emplacements %2–%3</translation>
    </message>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n emplacement</numerusform>
            <numerusform>%n emplacements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 side by side: %2</source>
        <translation>%1 côte à côte : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rangée</numerusform>
            <numerusform>%n rangées</numerusform>
        </translation>
    </message>
    <message>
        <source>no row has %1 side by side; spread over %2: %3</source>
        <translation>aucune rangée n’a %1 côte à côte ; répartis sur %2 : %3</translation>
    </message>
    <message>
        <source>the positions&apos; design power matches the kW asked for</source>
        <translation>la puissance de conception des emplacements correspond aux kW demandés</translation>
    </message>
    <message>
        <source>leaves %1 kW of the positions&apos; design power unused</source>
        <translation>laisse %1 kW de la puissance de conception des emplacements inutilisés</translation>
    </message>
    <message>
        <source>leaves no free position stranded between sales</source>
        <translation>ne laisse aucun emplacement libre isolé entre deux ventes</translation>
    </message>
    <message numerus="yes">
        <source>leaves %n free position(s) in gaps too short for a customer this size</source>
        <translation>
            <numerusform>laisse %n emplacement libre dans des intervalles trop courts pour un client de cette taille</numerusform>
            <numerusform>laisse %n emplacements libres dans des intervalles trop courts pour un client de cette taille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free position(s)</source>
        <translation>
            <numerusform>%n emplacement libre</numerusform>
            <numerusform>%n emplacements libres</numerusform>
        </translation>
    </message>
    <message>
        <source>least headroom over the term (forecast P50): power %1 kW, cooling %2 kW, %3</source>
        <translation>marge minimale sur la durée (prévision P50) : puissance %1 kW, refroidissement %2 kW, %3</translation>
    </message>
    <message>
        <source>headroom after this sale: power %1 kW, cooling %2 kW, %3</source>
        <translation>marge après cette vente : puissance %1 kW, refroidissement %2 kW, %3</translation>
    </message>
    <message>
        <source>warning, P90 forecast: %1</source>
        <translation>avertissement, prévision P90 : %1</translation>
    </message>
    <message>
        <source>Hall %1 is planned, not built by the start date</source>
        <translation>La salle %1 est prévue mais ne sera pas construite à la date de mise en service</translation>
    </message>
    <message>
        <source>Hall %1: %2</source>
        <translation>Salle %1 : %2</translation>
    </message>
</context>
<context>
    <name>hectare::QuoteBuilder</name>
    <message>
        <source>Requirement</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Price book</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <source>has no item &quot;%1&quot;, needed for this requirement</source>
        <translation>ne contient pas l’article « %1 », nécessaire pour ce besoin</translation>
    </message>
    <message>
        <source>racks must be 0 or more (got %1)</source>
        <translation>le nombre de baies doit être supérieur ou égal à 0 (reçu %1)</translation>
    </message>
    <message>
        <source>asks for nothing: give a number of racks or a cage area</source>
        <translation>ne demande rien : indiquez un nombre de baies ou une surface de cage</translation>
    </message>
    <message>
        <source>kW per rack must be greater than 0 (got %1)</source>
        <translation>les kW par baie doivent être supérieurs à 0 (reçu %1)</translation>
    </message>
    <message>
        <source>cage area must be 0 or more m² (got %1)</source>
        <translation>la surface de cage doit être supérieure ou égale à 0 m² (reçu %1)</translation>
    </message>
    <message>
        <source>weight per rack must be 0 or more kg (got %1)</source>
        <translation>le poids par baie doit être supérieur ou égal à 0 kg (reçu %1)</translation>
    </message>
    <message>
        <source>the start date is missing or invalid</source>
        <translation>la date de mise en service est absente ou invalide</translation>
    </message>
    <message>
        <source>term must be 1 to %1 months (got %2)</source>
        <translation>la durée doit être comprise entre 1 et %1 mois (reçu %2)</translation>
    </message>
    <message>
        <source>cross-connects must be 0 or more</source>
        <translation>le nombre d’interconnexions doit être supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>remote hands hours must be 0 or more (got %1)</source>
        <translation>les heures d’assistance sur site doivent être supérieures ou égales à 0 (reçu %1)</translation>
    </message>
    <message>
        <source>cost per kW per month must be 0 or more (got %1)</source>
        <translation>le coût par kW et par mois doit être supérieur ou égal à 0 (reçu %1)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>the customer&apos;s name is missing</source>
        <translation>le nom du client est absent</translation>
    </message>
    <message>
        <source>language must be &quot;fr&quot; or &quot;en&quot; (got &quot;%1&quot;)</source>
        <translation>la langue doit être « fr » ou « en » (reçu « %1 »)</translation>
    </message>
</context>
<context>
    <name>hectare::QuoteCsv</name>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>MRC</source>
        <comment>monthly recurring charge</comment>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>NRC</source>
        <comment>one-time (non-recurring) charge</comment>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Monthly subtotal</source>
        <translation>Sous-total mensuel</translation>
    </message>
    <message>
        <source>Term discount (%1%), per month</source>
        <translation>Remise de durée (%1&#x202f;%), par mois</translation>
    </message>
    <message>
        <source>Net monthly recurring charge</source>
        <translation>Redevance mensuelle nette</translation>
    </message>
    <message>
        <source>Contract year %1</source>
        <translation>Année de contrat %1</translation>
    </message>
    <message>
        <source>Recurring total over the term</source>
        <translation>Total des redevances sur la durée</translation>
    </message>
    <message>
        <source>One-time total</source>
        <translation>Total des frais ponctuels</translation>
    </message>
    <message>
        <source>Total excluding VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>VAT (%1%)</source>
        <translation>TVA (%1&#x202f;%)</translation>
    </message>
    <message>
        <source>Total including VAT</source>
        <translation>Total TTC</translation>
    </message>
</context>
<context>
    <name>hectare::QuoteMath</name>
    <message>
        <source>Quote line %1</source>
        <translation>Ligne de devis %1</translation>
    </message>
    <message>
        <source>Quote terms</source>
        <translation>Conditions du devis</translation>
    </message>
    <message>
        <source>Quote totals</source>
        <translation>Totaux du devis</translation>
    </message>
    <message>
        <source>%1 is too large to compute in francs</source>
        <translation>%1 est trop grand pour être calculé en francs</translation>
    </message>
    <message>
        <source>%1 is %2, must be between %3 and %4</source>
        <translation>%1 vaut %2, doit être compris entre %3 et %4</translation>
    </message>
    <message>
        <source>term (months)</source>
        <translation>durée (mois)</translation>
    </message>
    <message>
        <source>annual escalator (basis points)</source>
        <translation>indexation annuelle (points de base)</translation>
    </message>
    <message>
        <source>VAT rate (basis points)</source>
        <translation>taux de TVA (points de base)</translation>
    </message>
    <message>
        <source>discount for %1 months (basis points)</source>
        <translation>remise pour %1 mois (points de base)</translation>
    </message>
    <message>
        <source>quantity must be ≥ 0</source>
        <translation>la quantité doit être ≥ 0</translation>
    </message>
    <message>
        <source>unit price must be ≥ 0</source>
        <translation>le prix unitaire doit être ≥ 0</translation>
    </message>
    <message>
        <source>quantity × unit price</source>
        <translation>quantité × prix unitaire</translation>
    </message>
    <message>
        <source>the monthly subtotal</source>
        <translation>le sous-total mensuel</translation>
    </message>
    <message>
        <source>the one-time total</source>
        <translation>le total des frais uniques</translation>
    </message>
    <message>
        <source>the recurring total over the term</source>
        <translation>le total récurrent sur la durée</translation>
    </message>
    <message>
        <source>the total before VAT</source>
        <translation>le total hors TVA</translation>
    </message>
    <message>
        <source>the total including VAT</source>
        <translation>le total TTC</translation>
    </message>
    <message>
        <source>Margin per kW</source>
        <translation>Marge par kW</translation>
    </message>
    <message>
        <source>committed kW must be &gt; 0</source>
        <translation>les kW engagés doivent être &gt; 0</translation>
    </message>
    <message>
        <source>the margin per kW</source>
        <translation>la marge par kW</translation>
    </message>
</context>
<context>
    <name>hectare::QuotePdf</name>
    <message>
        <source>Quote %1</source>
        <translation>Devis %1</translation>
    </message>
    <message>
        <source>language &quot;%1&quot; is not one of %2</source>
        <translation>la langue «&#xa0;%1&#xa0;» n’est pas l’une de %2</translation>
    </message>
    <message>
        <source>the translations for &quot;%1&quot; are missing</source>
        <translation>les traductions pour «&#xa0;%1&#xa0;» sont absentes</translation>
    </message>
    <message>
        <source>cannot be written: the PDF could not be started</source>
        <translation>ne peut pas être écrit&#xa0;: le PDF n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message numerus="yes">
        <source>%n full rack(s)</source>
        <translation>
            <numerusform>%n baie complète</numerusform>
            <numerusform>%n baies complètes</numerusform>
        </translation>
    </message>
    <message>
        <source>Rack positions</source>
        <translation>Emplacements de baie</translation>
    </message>
    <message>
        <source>Committed power</source>
        <translation>Puissance engagée</translation>
    </message>
    <message>
        <source>%1 kW per rack, %2 kW in total</source>
        <translation>%1 kW par baie, %2 kW au total</translation>
    </message>
    <message>
        <source>Power feeds</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>A and B (dual-corded)</source>
        <translation>voies A et B (double alimentation)</translation>
    </message>
    <message>
        <source>Single feed</source>
        <translation>voie unique</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>up to %1 kg per rack</source>
        <translation>jusqu’à %1 kg par baie</translation>
    </message>
    <message>
        <source>Private cage</source>
        <translation>Cage privative</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>%1 fibre</source>
        <translation>%1 en fibre</translation>
    </message>
    <message>
        <source>%1 copper</source>
        <translation>%1 en cuivre</translation>
    </message>
    <message>
        <source>Cross-connects</source>
        <translation>Interconnexions</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Remote hands</source>
        <translation>Assistance sur site</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>Mise en service</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>to be allocated when the order is signed</source>
        <translation>attribués à la signature de la commande</translation>
    </message>
    <message>
        <source>Data hall</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rangée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>reserved for you until %1</source>
        <translation>réservés pour vous jusqu’au %1</translation>
    </message>
    <message>
        <source>subject to availability when the order is signed</source>
        <translation>sous réserve de disponibilité à la signature de la commande</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Monthly recurring charges</source>
        <translation>Redevances mensuelles</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit price per month</source>
        <translation>Prix unitaire mensuel</translation>
    </message>
    <message>
        <source>Amount per month</source>
        <translation>Montant mensuel</translation>
    </message>
    <message>
        <source>Subtotal per month</source>
        <translation>Sous-total mensuel</translation>
    </message>
    <message>
        <source>Term discount (%1)</source>
        <translation>Remise de durée (%1)</translation>
    </message>
    <message>
        <source>Net monthly charge</source>
        <translation>Redevance mensuelle nette</translation>
    </message>
    <message>
        <source>One-time charges</source>
        <translation>Frais ponctuels</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>One-time total</source>
        <translation>Total des frais ponctuels</translation>
    </message>
    <message>
        <source>Monthly charges by contract year</source>
        <translation>Redevances mensuelles par année de contrat</translation>
    </message>
    <message>
        <source>Contract year</source>
        <translation>Année de contrat</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <source>Year %1: %2 – %3</source>
        <translation>Année %1&#xa0;: %2 – %3</translation>
    </message>
    <message>
        <source>Recurring total over the term</source>
        <translation>Total des redevances sur la durée</translation>
    </message>
    <message>
        <source>Recurring charges over the term</source>
        <translation>Redevances sur la durée du contrat</translation>
    </message>
    <message numerus="yes">
        <source>Recurring charges: %1 × %n month(s)</source>
        <translation>
            <numerusform>Redevances&#xa0;: %1 × %n mois</numerusform>
            <numerusform>Redevances&#xa0;: %1 × %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Total excluding VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>VAT (%1)</source>
        <translation>TVA (%1)</translation>
    </message>
    <message>
        <source>Total including VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>This quote is valid until %1. Prices are in francs CFA (XOF), excluding VAT unless stated otherwise.</source>
        <translation>Le présent devis est valable jusqu’au %1. Les prix sont exprimés en francs CFA (XOF), hors TVA sauf mention contraire.</translation>
    </message>
    <message numerus="yes">
        <source>The contract runs for %n month(s) from the service start date, %1.</source>
        <translation>
            <numerusform>Le contrat est conclu pour %n mois à compter de la mise en service, le %1.</numerusform>
            <numerusform>Le contrat est conclu pour %n mois à compter de la mise en service, le %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Monthly charges increase by %1 on each anniversary of the service start date.</source>
        <translation>Les redevances mensuelles augmentent de %1 à chaque date anniversaire de la mise en service.</translation>
    </message>
    <message numerus="yes">
        <source>At the end of the term, the contract renews tacitly for successive periods of %n month(s).</source>
        <translation>
            <numerusform>À son terme, le contrat est reconduit tacitement par périodes successives de %n mois.</numerusform>
            <numerusform>À son terme, le contrat est reconduit tacitement par périodes successives de %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract ends with its term; it does not renew tacitly.</source>
        <translation>Le contrat prend fin à son terme&#xa0;; il n’est pas reconduit tacitement.</translation>
    </message>
    <message numerus="yes">
        <source>Either party may end it by registered letter received at least %n month(s) before the end of the current period.</source>
        <translation>
            <numerusform>Chaque partie peut y mettre fin par lettre recommandée reçue au moins %n mois avant la fin de la période en cours.</numerusform>
            <numerusform>Chaque partie peut y mettre fin par lettre recommandée reçue au moins %n mois avant la fin de la période en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Illustrative prices: this quote is drawn from a sample price book and is not a commercial offer.</source>
        <translation>Prix indicatifs&#xa0;: ce devis est établi à partir d’une grille tarifaire d’exemple et ne constitue pas une offre commerciale.</translation>
    </message>
    <message>
        <source>This quote has been cancelled.</source>
        <translation>Ce devis a été annulé.</translation>
    </message>
    <message>
        <source>This quote expired on %1.</source>
        <translation>Ce devis a expiré le %1.</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <comment>the document&apos;s title, in capitals</comment>
        <translation>DEVIS</translation>
    </message>
    <message>
        <source>Quote no.</source>
        <translation>Devis n°</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Établi pour</translation>
    </message>
    <message>
        <source>Your requirement</source>
        <translation>Votre besoin</translation>
    </message>
    <message>
        <source>Proposed placement</source>
        <translation>Emplacement proposé</translation>
    </message>
    <message>
        <source>Proposed positions</source>
        <translation>Emplacements proposés</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Échelle %1</translation>
    </message>
    <message>
        <source>That is %1 at the fixed parity of %2 F CFA to the euro.</source>
        <translation>Soit %1 à la parité fixe de %2 F CFA pour un euro.</translation>
    </message>
    <message>
        <source>This quote is fixed at the sum of %1 CFA francs including taxes.</source>
        <translation>Arrêté le présent devis à la somme de %1 francs CFA toutes taxes comprises.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>For the customer, %1</source>
        <translation>Pour le client, %1</translation>
    </message>
    <message>
        <source>Signature preceded by the handwritten words “Agreed and accepted”</source>
        <translation>Signature précédée de la mention manuscrite «&#xa0;Bon pour accord&#xa0;»</translation>
    </message>
    <message>
        <source>Name and title</source>
        <translation>Nom et qualité</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>%1 · Quote %2</source>
        <translation>%1 · Devis %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>hectare::Quotes</name>
    <message>
        <source>Quote &quot;%1&quot;</source>
        <translation>Devis « %1 »</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; is already held by quote &quot;%2&quot;</source>
        <translation>l’emplacement « %1 » est déjà réservé par le devis « %2 »</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Devis %1</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n’existe pas</translation>
    </message>
    <message>
        <source>only an issued quote can be reserved (it is %1)</source>
        <translation>seul un devis émis peut être réservé (il est %1)</translation>
    </message>
    <message>
        <source>only an issued or reserved quote can be converted (it is %1)</source>
        <translation>seul un devis émis ou réservé peut être converti (il est %1)</translation>
    </message>
    <message>
        <source>expired on %1: issue a new quote</source>
        <translation>a expiré le %1 : émettez un nouveau devis</translation>
    </message>
    <message>
        <source>has no placement: place it before converting</source>
        <translation>n’a pas de placement : placez-le avant de le convertir</translation>
    </message>
    <message>
        <source>position %1 no longer exists</source>
        <translation>l’emplacement %1 n’existe plus</translation>
    </message>
    <message>
        <source>only an issued or reserved quote can be cancelled (it is %1)</source>
        <translation>seul un devis émis ou réservé peut être annulé (il est %1)</translation>
    </message>
    <message>
        <source>has no positions to hold</source>
        <translation>n’a aucun emplacement à réserver</translation>
    </message>
    <message>
        <source>hall %1 does not exist</source>
        <translation>la salle %1 n’existe pas</translation>
    </message>
    <message>
        <source>position %1 does not exist</source>
        <translation>l’emplacement %1 n’existe pas</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; is not in hall &quot;%2&quot;</source>
        <translation>l’emplacement « %1 » n’est pas dans la salle « %2 »</translation>
    </message>
    <message>
        <source>position &quot;%1&quot; is %2, not free</source>
        <translation>l’emplacement « %1 » est %2, et non libre</translation>
    </message>
    <message>
        <source>hall &quot;%1&quot; has %2 kW of power free, the quote needs %3 kW</source>
        <translation>la salle « %1 » dispose de %2 kW de puissance libre, le devis demande %3 kW</translation>
    </message>
    <message>
        <source>the generators can carry %1 kW more IT load, the quote needs %2 kW</source>
        <translation>les groupes électrogènes peuvent alimenter %1 kW de charge IT supplémentaire, le devis demande %2 kW</translation>
    </message>
    <message>
        <source>hall &quot;%1&quot; has %2 kW of cooling free, the quote needs %3 kW</source>
        <translation>la salle « %1 » dispose de %2 kW de refroidissement libre, le devis demande %3 kW</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
</context>
<context>
    <name>hectare::Reliability</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Unit %1</source>
        <translation>Unité %1</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Path %1</source>
        <translation>Voie %1</translation>
    </message>
    <message>
        <source>Cooling %1</source>
        <translation>Refroidissement %1</translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation>Charge %1</translation>
    </message>
    <message>
        <source>refers to a group that does not exist or is the generator group</source>
        <translation>fait référence à un groupe qui n’existe pas ou à l’ensemble des groupes électrogènes</translation>
    </message>
    <message>
        <source>MTBF must be &gt; 0</source>
        <translation>le MTBF doit être &gt; 0</translation>
    </message>
    <message>
        <source>MTTR must be ≥ 0 and finite</source>
        <translation>le MTTR doit être ≥ 0 et fini</translation>
    </message>
    <message>
        <source>fail-to-start probability must be between 0 and 1</source>
        <translation>la probabilité d’échec au démarrage doit être comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>start time must be ≥ 0 and finite</source>
        <translation>le temps de démarrage doit être ≥ 0 et fini</translation>
    </message>
    <message>
        <source>has no units</source>
        <translation>n’a aucune unité</translation>
    </message>
    <message>
        <source>refers to a unit that does not exist</source>
        <translation>fait référence à une unité qui n’existe pas</translation>
    </message>
    <message>
        <source>belongs to more than one group</source>
        <translation>appartient à plusieurs groupes</translation>
    </message>
    <message>
        <source>Generators</source>
        <translation>Groupes électrogènes</translation>
    </message>
    <message>
        <source>refer to a group that does not exist</source>
        <translation>font référence à un groupe qui n’existe pas</translation>
    </message>
    <message>
        <source>battery minutes must be ≥ 0</source>
        <translation>l’autonomie des batteries (minutes) doit être ≥ 0</translation>
    </message>
    <message>
        <source>ride-through minutes must be ≥ 0</source>
        <translation>l’autonomie thermique (minutes) doit être ≥ 0</translation>
    </message>
    <message>
        <source>refers to a path that does not exist</source>
        <translation>fait référence à une voie qui n’existe pas</translation>
    </message>
    <message>
        <source>refers to a cooling that does not exist</source>
        <translation>fait référence à un refroidissement qui n’existe pas</translation>
    </message>
    <message>
        <source>Grid profile</source>
        <translation>Profil du réseau électrique</translation>
    </message>
    <message>
        <source>outages per year must be ≥ 0, durations &gt; 0 and the tail share between 0 and 1</source>
        <translation>le nombre de coupures par an doit être ≥ 0, les durées &gt; 0 et la part de la queue de distribution comprise entre 0 et 1</translation>
    </message>
    <message>
        <source>the outages last longer than a year</source>
        <translation>la durée cumulée des coupures dépasse une année</translation>
    </message>
    <message>
        <source>Fuel</source>
        <translation>Carburant</translation>
    </message>
    <message>
        <source>tank hours and refuel lead time must be ≥ 0</source>
        <translation>l’autonomie du réservoir (heures) et le délai de réapprovisionnement doivent être ≥ 0</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>unknown key for a %1 entry (it takes: %2)</source>
        <translation>clé inconnue pour une entrée %1 (clés admises : %2)</translation>
    </message>
    <message>
        <source>missing required key</source>
        <translation>clé obligatoire manquante</translation>
    </message>
    <message>
        <source>must be a finite number (got %1)</source>
        <translation>doit être un nombre fini (reçu %1)</translation>
    </message>
    <message>
        <source>must be 0 or more (got %1)</source>
        <translation>doit être supérieur ou égal à 0 (reçu %1)</translation>
    </message>
    <message>
        <source>must be greater than 0 (got %1)</source>
        <translation>doit être supérieur à 0 (reçu %1)</translation>
    </message>
    <message>
        <source>must be a probability between 0 and 1 (got %1)</source>
        <translation>doit être une probabilité entre 0 et 1 (reçu %1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>objet attendu, reçu %1</translation>
    </message>
    <message>
        <source>must equal the grid&apos;s mean outage duration, %1 h (got %2)</source>
        <translation>doit être égal à la durée moyenne des coupures du réseau, %1 h (reçu %2)</translation>
    </message>
    <message>
        <source>with MTTR must make 8,760 h / outages a year, %1 h (got %2)</source>
        <translation>ajouté au MTTR, doit faire 8 760 h / coupures par an, soit %1 h (reçu %2)</translation>
    </message>
    <message>
        <source>must not be less than at a lower load (%1 L/h)</source>
        <translation>ne doit pas être inférieur à la valeur d’une charge plus faible (%1 L/h)</translation>
    </message>
    <message>
        <source>expected a list of [ambient °C, capacity fraction] points, got %1</source>
        <translation>liste de points [température extérieure °C, fraction de capacité] attendue, reçu %1</translation>
    </message>
    <message>
        <source>expected a point [ambient °C, capacity fraction], got %1</source>
        <translation>point [température extérieure °C, fraction de capacité] attendu, reçu %1</translation>
    </message>
    <message>
        <source>ambient temperatures must increase from point to point (%1 °C after %2 °C)</source>
        <translation>les températures extérieures doivent croître d’un point à l’autre (%1 °C après %2 °C)</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1, entrée %2</translation>
    </message>
    <message>
        <source>%1, entry &quot;%2&quot;</source>
        <translation>%1, entrée « %2 »</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and dashes (got &quot;%1&quot;)</source>
        <translation>ne doit contenir que des minuscules, des chiffres et des tirets (reçu « %1 »)</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>JSON invalide à la position %1 : %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>objet JSON attendu</translation>
    </message>
    <message>
        <source>not a Hectare reliability library (expected &quot;%1&quot;, got %2)</source>
        <translation>pas une bibliothèque de fiabilité Hectare (attendu « %1 », reçu %2)</translation>
    </message>
    <message>
        <source>version %1 is not supported (expected %2)</source>
        <translation>la version %1 n’est pas prise en charge (attendu %2)</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>tableau attendu, reçu %1</translation>
    </message>
    <message>
        <source>another entry has the same key</source>
        <translation>une autre entrée a la même clé</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Load set %1</source>
        <translation>Ensemble de charges %1</translation>
    </message>
    <message>
        <source>load %1 does not exist</source>
        <translation>la charge %1 n’existe pas</translation>
    </message>
    <message>
        <source>restart minutes must be ≥ 0</source>
        <translation>le délai de redémarrage (minutes) doit être ≥ 0</translation>
    </message>
    <message>
        <source>Utility grid</source>
        <translation>Réseau public</translation>
    </message>
</context>
<context>
    <name>hectare::Resource</name>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refroidissement</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Generators</source>
        <translation>Groupes électrogènes</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>emplacements</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>kVA</source>
        <translation>kVA</translation>
    </message>
</context>
<context>
    <name>hectare::Scenario</name>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copie %2)</translation>
    </message>
</context>
<context>
    <name>hectare::ScenarioTimeText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>hectare::StoredScenario</name>
    <message>
        <source>Failure scenario &quot;%1&quot;, event %2</source>
        <translation>Scénario de défaillance « %1 », événement %2</translation>
    </message>
    <message>
        <source>a failure to start must name a diesel-generator (got &quot;%1&quot;)</source>
        <translation>un échec de démarrage doit désigner un groupe électrogène diesel (reçu « %1 »)</translation>
    </message>
    <message>
        <source>%1 %2, unit %3 is not in the site&apos;s topology</source>
        <translation>%1 %2, l’unité %3 ne fait pas partie de la topologie du site</translation>
    </message>
    <message>
        <source>Failure scenario &quot;%1&quot;</source>
        <translation>Scénario de défaillance « %1 »</translation>
    </message>
</context>
<context>
    <name>hectare::Tier3</name>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>unit %1</source>
        <translation>unité %1</translation>
    </message>
    <message>
        <source>unit %1 of group %2</source>
        <translation>unité %1 du groupe %2</translation>
    </message>
    <message>
        <source>path %1 (side %2)</source>
        <translation>voie %1 (côté %2)</translation>
    </message>
    <message>
        <source>side %1</source>
        <translation>côté %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 out for maintenance drops %n load(s), %2 kW</source>
        <translation>
            <numerusform>%1 en maintenance entraîne la perte de %n charge, %2 kW</numerusform>
            <numerusform>%1 en maintenance entraîne la perte de %n charges, %2 kW</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failing drops %n load(s), %2 kW</source>
        <translation>
            <numerusform>%1 en panne entraîne la perte de %n charge, %2 kW</numerusform>
            <numerusform>%1 en panne entraîne la perte de %n charges, %2 kW</numerusform>
        </translation>
    </message>
    <message>
        <source>(single-corded loads only: a point-of-use transfer switch to the other side would carry them)</source>
        <translation>(charges à alimentation unique seulement : un commutateur de transfert local vers l’autre côté les reprendrait)</translation>
    </message>
    <message>
        <source>No generators: Tier III needs an on-site source, the utility does not count</source>
        <translation>Aucun groupe électrogène : le Tier III exige une source sur site, le réseau public ne compte pas</translation>
    </message>
    <message>
        <source>Fuel lasts %1 h (at least %2 h at full load required)</source>
        <translation>Autonomie en carburant : %1 h (au moins %2 h à pleine charge exigées)</translation>
    </message>
    <message>
        <source>Fuel lasts only %1 h, at least %2 h at full load required</source>
        <translation>Autonomie en carburant de seulement %1 h, au moins %2 h à pleine charge exigées</translation>
    </message>
    <message>
        <source>Tier III: passed.</source>
        <translation>Tier III : conforme.</translation>
    </message>
    <message>
        <source>Tier III: failed.</source>
        <translation>Tier III : non conforme.</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance violation(s)</source>
        <translation>
            <numerusform>%n défaut de maintenabilité simultanée</numerusform>
            <numerusform>%n défauts de maintenabilité simultanée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n single-corded exposure(s)</source>
        <translation>
            <numerusform>%n charge exposée par son alimentation unique</numerusform>
            <numerusform>%n charges exposées par leur alimentation unique</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n single point(s) of failure</source>
        <translation>
            <numerusform>%n point de défaillance unique</numerusform>
            <numerusform>%n points de défaillance uniques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) short with every unit in</source>
        <translation>
            <numerusform>%n groupe insuffisant même avec toutes ses unités en service</numerusform>
            <numerusform>%n groupes insuffisants même avec toutes leurs unités en service</numerusform>
        </translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>charge %1</translation>
    </message>
    <message>
        <source>%1 loses power and cooling (%2 kW)</source>
        <translation>%1 perd l’alimentation et le refroidissement (%2 kW)</translation>
    </message>
    <message>
        <source>%1 loses power (%2 kW)</source>
        <translation>%1 perd l’alimentation (%2 kW)</translation>
    </message>
    <message>
        <source>%1 loses cooling (%2 kW)</source>
        <translation>%1 perd le refroidissement (%2 kW)</translation>
    </message>
    <message>
        <source>%1 is %2 kW short (units left: %3, needed: %4)</source>
        <translation>%1 : il manque %2 kW (unités restantes : %3, nécessaires : %4)</translation>
    </message>
    <message>
        <source>Generators</source>
        <translation>Groupes électrogènes</translation>
    </message>
    <message>
        <source>%1: with one of %2 sets out, %3 kW carry the %4 kW load (margin %5 kW)</source>
        <translation>%1 : avec un groupe sur %2 à l’arrêt, %3 kW alimentent la charge de %4 kW (marge %5 kW)</translation>
    </message>
    <message>
        <source>%1: with one of %2 sets out, %3 kW are left for a %4 kW load (%5 kW short): not N+1</source>
        <translation>%1 : avec un groupe sur %2 à l’arrêt, il reste %3 kW pour une charge de %4 kW (il manque %5 kW) : pas de N+1</translation>
    </message>
    <message>
        <source>Fuel lasts %1 h at full load (%2 kW; at least %3 h required)</source>
        <translation>Autonomie en carburant : %1 h à pleine charge (%2 kW ; au moins %3 h exigées)</translation>
    </message>
    <message>
        <source>Fuel lasts only %1 h at full load (%2 kW), at least %3 h required</source>
        <translation>Autonomie en carburant de seulement %1 h à pleine charge (%2 kW), au moins %3 h exigées</translation>
    </message>
    <message>
        <source>Fuel lasts %1 h at %2 kW, the load checked (at least %3 h at full load required)</source>
        <translation>Autonomie en carburant : %1 h à %2 kW, la charge vérifiée (au moins %3 h à pleine charge exigées)</translation>
    </message>
    <message>
        <source>Fuel lasts only %1 h at %2 kW, the load checked; at least %3 h at full load required</source>
        <translation>Autonomie en carburant de seulement %1 h à %2 kW, la charge vérifiée ; au moins %3 h à pleine charge exigées</translation>
    </message>
</context>
<context>
    <name>hectare::TopologyCompile</name>
    <message>
        <source>Generators</source>
        <translation>Groupes électrogènes</translation>
    </message>
    <message>
        <source>more than one generator group is not supported yet</source>
        <translation>plusieurs groupes de groupes électrogènes ne sont pas encore pris en charge</translation>
    </message>
    <message>
        <source>Contracted load</source>
        <translation>Charge contractuelle</translation>
    </message>
    <message>
        <source>Design load</source>
        <translation>Charge de conception</translation>
    </message>
    <message>
        <source>%1 unit %2</source>
        <translation>%1 unité %2</translation>
    </message>
    <message>
        <source>%1 (A)</source>
        <translation>%1 (A)</translation>
    </message>
    <message>
        <source>%1 (B)</source>
        <translation>%1 (B)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n rack(s))</source>
        <translation>
            <numerusform>%1 : %2 (%n baie)</numerusform>
            <numerusform>%1 : %2 (%n baies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cooling of %1</source>
        <translation>Refroidissement de %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::AvailabilityPanel</name>
    <message>
        <source>Simulated years: more years, a smaller error on rare outages</source>
        <translation>Années simulées : plus d’années, moins d’erreur sur les coupures rares</translation>
    </message>
    <message>
        <source>The same seed gives the same result</source>
        <translation>La même graine donne le même résultat</translation>
    </message>
    <message>
        <source>Threads to simulate on; the result does not depend on it</source>
        <translation>Nombre de threads de simulation ; le résultat n’en dépend pas</translation>
    </message>
    <message>
        <source>Contracted: the kW the tenants have signed for. Design: every position at its design kW.</source>
        <translation>Contractuelle : les kW souscrits par les clients. Conception : chaque emplacement à ses kW de conception.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Years:</source>
        <translation>Années :</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads :</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>Charge :</translation>
    </message>
    <message>
        <source>Run the simulation to estimate the availability of the site, its halls and tenants.</source>
        <translation>Lancez la simulation pour estimer la disponibilité du site, de ses salles et de ses clients.</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <source>The document changed after this run: run again to update the figures.</source>
        <translation>Le document a changé depuis cette simulation : relancez-la pour mettre à jour les chiffres.</translation>
    </message>
    <message>
        <source>Simulating %1 years at %2…</source>
        <translation>Simulation de %1 années à %2…</translation>
    </message>
    <message>
        <source>Done: %1 years at %2, seed %3, in %4 s.</source>
        <translation>Terminé : %1 années à %2, graine %3, en %4 s.</translation>
    </message>
    <message>
        <source>Cancelled. The results of the previous run are still shown.</source>
        <translation>Annulé. Les résultats de la simulation précédente restent affichés.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The simulation failed: %1</source>
        <translation>La simulation a échoué : %1</translation>
    </message>
    <message>
        <source>Run the simulation to see how the site&apos;s downtime spreads over the years.</source>
        <translation>Lancez la simulation pour voir comment l’indisponibilité du site se répartit sur les années.</translation>
    </message>
    <message>
        <source>Run the simulation to rank the components by the downtime they cause.</source>
        <translation>Lancez la simulation pour classer les composants selon l’indisponibilité qu’ils causent.</translation>
    </message>
</context>
<context>
    <name>hectare::ui::AvailabilityTableModel</name>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>± %1 (one standard error, from the spread between simulated years)</source>
        <translation>± %1 (une erreur type, d’après la dispersion entre les années simulées)</translation>
    </message>
    <message>
        <source>± %1 h a year (one standard error)</source>
        <translation>± %1 h par an (une erreur type)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Meets</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Below</source>
        <translation>En dessous</translation>
    </message>
    <message>
        <source>1 − mean downtime / 8,760 h: the share of the time every rack has power and cooling</source>
        <translation>1 − indisponibilité moyenne / 8 760 h : la part du temps où chaque baie est alimentée et refroidie</translation>
    </message>
    <message>
        <source>Hours a year with at least one rack without power or cooling, on average</source>
        <translation>Heures par an avec au moins une baie sans alimentation ou sans refroidissement, en moyenne</translation>
    </message>
    <message>
        <source>Nine simulated years in ten have less downtime than this</source>
        <translation>Neuf années simulées sur dix ont moins d’indisponibilité que cela</translation>
    </message>
    <message>
        <source>The share of simulated years without any outage</source>
        <translation>La part des années simulées sans aucune coupure</translation>
    </message>
    <message>
        <source>Separate outages a year, on average</source>
        <translation>Coupures distinctes par an, en moyenne</translation>
    </message>
    <message>
        <source>Uptime Institute&apos;s Tier III figure: 99.982 %, about 1.6 hours of downtime a year</source>
        <translation>Le chiffre Tier III de l’Uptime Institute : 99,982 %, soit environ 1,6 heure d’indisponibilité par an</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>IT kW</source>
        <translation>kW IT</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Baies</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Downtime, mean (h/yr)</source>
        <translation>Indisponibilité, moyenne (h/an)</translation>
    </message>
    <message>
        <source>Downtime, P90 (h/yr)</source>
        <translation>Indisponibilité, P90 (h/an)</translation>
    </message>
    <message>
        <source>Years without outage</source>
        <translation>Années sans coupure</translation>
    </message>
    <message>
        <source>Interruptions/yr</source>
        <translation>Interruptions/an</translation>
    </message>
    <message>
        <source>Tier III (99.982 %)</source>
        <translation>Tier III (99,982 %)</translation>
    </message>
</context>
<context>
    <name>hectare::ui::BudgetChart</name>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Over-committed</source>
        <translation>Surengagé</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Expected draw</source>
        <translation>Consommation attendue</translation>
    </message>
    <message>
        <source>%1 · binding</source>
        <comment>the resource that runs out first</comment>
        <translation>%1 · limitante</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>committed / usable</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, %2 over</source>
        <comment>figures, then the over-committed amount</comment>
        <translation>%1, %2 en excès</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Installé : %1</translation>
    </message>
    <message>
        <source>Usable: %1</source>
        <translation>Utilisable : %1</translation>
    </message>
    <message>
        <source>Committed: %1</source>
        <translation>Engagé : %1</translation>
    </message>
    <message>
        <source>Reserved: %1</source>
        <translation>Réservé : %1</translation>
    </message>
    <message>
        <source>Expected draw: %1</source>
        <translation>Consommation attendue : %1</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation>Disponible : %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::BudgetLegend</name>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Over-committed</source>
        <translation>Surengagé</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Expected draw</source>
        <translation>Consommation attendue</translation>
    </message>
</context>
<context>
    <name>hectare::ui::BudgetSection</name>
    <message>
        <source>Hall %1</source>
        <translation>Salle %1</translation>
    </message>
    <message>
        <source>Site, all halls</source>
        <translation>Site, toutes salles confondues</translation>
    </message>
</context>
<context>
    <name>hectare::ui::CageDialog</name>
    <message>
        <source>New Cage</source>
        <translation>Nouvelle cage</translation>
    </message>
    <message>
        <source>Cage Properties</source>
        <translation>Propriétés de la cage</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>No tenant yet</source>
        <translation>Pas encore de client</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Surface :</translation>
    </message>
</context>
<context>
    <name>hectare::ui::CageDrawing</name>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
</context>
<context>
    <name>hectare::ui::CapacityDashboard</name>
    <message>
        <source>No capacity figures yet: open a site.</source>
        <translation>Aucun chiffre de capacité pour l’instant : ouvrez un site.</translation>
    </message>
    <message>
        <source>Capacity on %1</source>
        <translation>Capacité au %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::CapacityText</name>
    <message numerus="yes">
        <source>%Ln position(s)</source>
        <comment>stranded</comment>
        <translation>
            <numerusform>%Ln emplacement</numerusform>
            <numerusform>%Ln emplacements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of power</source>
        <comment>stranded</comment>
        <translation>%1 de puissance</translation>
    </message>
    <message>
        <source>%1 of cooling</source>
        <comment>stranded</comment>
        <translation>%1 de froid</translation>
    </message>
    <message>
        <source>Nothing stranded.</source>
        <translation>Aucune capacité inexploitable.</translation>
    </message>
    <message>
        <source>Stranded: %1</source>
        <translation>Capacité inexploitable : %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (site-wide)</source>
        <translation>%1 (à l’échelle du site)</translation>
    </message>
    <message>
        <source>Runs out first: %1</source>
        <translation>Première ressource épuisée : %1</translation>
    </message>
    <message>
        <source>Runs out first: %1, %2 racks left</source>
        <translation>Première ressource épuisée : %1, %2 baies restantes</translation>
    </message>
    <message>
        <source>PUE at committed load: none (nothing committed)</source>
        <translation>PUE à la charge engagée : aucun (rien d’engagé)</translation>
    </message>
    <message>
        <source>PUE at committed load: %1</source>
        <translation>PUE à la charge engagée : %1</translation>
    </message>
    <message>
        <source>IT load the generators can carry: %1</source>
        <translation>Charge IT supportée par les groupes électrogènes : %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ClearancePanel</name>
    <message>
        <source>All halls</source>
        <translation>Toutes les salles</translation>
    </message>
    <message>
        <source>List the problems of every hall, not only of the hall on the plan</source>
        <translation>Lister les problèmes de toutes les salles, pas seulement ceux de la salle affichée sur le plan</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <source>No clearance problems on this site</source>
        <translation>Aucun problème de dégagement sur ce site</translation>
    </message>
    <message>
        <source>Select a hall to check its clearances</source>
        <translation>Sélectionnez une salle pour vérifier ses dégagements</translation>
    </message>
    <message>
        <source>No clearance problems in this hall</source>
        <translation>Aucun problème de dégagement dans cette salle</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ClearanceRulesDialog</name>
    <message>
        <source>Clearance Rules</source>
        <translation>Règles de dégagement</translation>
    </message>
    <message>
        <source>The plans check these free distances in every hall of the site and show what is closer in red.</source>
        <translation>Les plans vérifient ces distances libres dans toutes les salles du site et signalent en rouge ce qui est plus proche.</translation>
    </message>
    <message>
        <source>Cold aisle, between rows&apos; fronts:</source>
        <translation>Allée froide, entre les faces avant des rangées :</translation>
    </message>
    <message>
        <source>Hot aisle, between rows&apos; backs:</source>
        <translation>Allée chaude, entre les faces arrière des rangées :</translation>
    </message>
    <message>
        <source>From racks to walls:</source>
        <translation>Des baies aux murs :</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Service clearance in front of PDUs and CRAHs:</source>
        <translation>Dégagement de service devant les PDU et les CRAH :</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ClearanceTableModel</name>
    <message>
        <source>Hall</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ContractItemDelegate</name>
    <message>
        <source>open-ended</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ContractTableModel</name>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>sans échéance</translation>
    </message>
    <message>
        <source>Share of the committed kW drawn at the start date</source>
        <translation>Part de la puissance engagée consommée à la date de début</translation>
    </message>
    <message>
        <source>Months from the start until the full commitment is drawn</source>
        <translation>Nombre de mois entre le début et la consommation de la totalité de l’engagement</translation>
    </message>
    <message>
        <source>Expected draw as a share of the ramped commitment</source>
        <translation>Consommation attendue, en proportion de l’engagement après montée en charge</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Baies</translation>
    </message>
    <message>
        <source>Cage
m²</source>
        <translation>Cage
m²</translation>
    </message>
    <message>
        <source>Committed
kW</source>
        <translation>kW
engagés</translation>
    </message>
    <message>
        <source>Ramp
start %</source>
        <translation>Charge
initiale %</translation>
    </message>
    <message>
        <source>Ramp
months</source>
        <translation>Mois de
montée</translation>
    </message>
    <message>
        <source>Draw
ratio</source>
        <translation>Taux de
consommation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>baies</translation>
    </message>
    <message>
        <source>cage area</source>
        <translation>surface de cage</translation>
    </message>
    <message>
        <source>committed kW</source>
        <translation>puissance engagée (kW)</translation>
    </message>
    <message>
        <source>ramp start</source>
        <translation>niveau de départ de la montée en charge</translation>
    </message>
    <message>
        <source>ramp months</source>
        <translation>durée de la montée en charge (mois)</translation>
    </message>
    <message>
        <source>draw ratio</source>
        <translation>taux de consommation</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot;, contract #%2: %3: cannot read &quot;%4&quot;</source>
        <translation>Client « %1 », contrat n° %2 : %3 : valeur « %4 » illisible</translation>
    </message>
    <message>
        <source>Change contract of %1: %2</source>
        <translation>Modifier le contrat de %1 : %2</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ContractsPanel</name>
    <message>
        <source>&amp;Add contract</source>
        <translation>&amp;Ajouter un contrat</translation>
    </message>
    <message>
        <source>&amp;Remove contract</source>
        <translation>&amp;Supprimer le contrat</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Uniquement %1</translation>
    </message>
    <message>
        <source>Only the selected tenant</source>
        <translation>Uniquement le client sélectionné</translation>
    </message>
    <message>
        <source>Show only the contracts of %1</source>
        <translation>Afficher uniquement les contrats de %1</translation>
    </message>
    <message>
        <source>Select a tenant in the tenants table to see only its contracts</source>
        <translation>Sélectionnez un client dans la table des clients pour n’afficher que ses contrats</translation>
    </message>
</context>
<context>
    <name>hectare::ui::DowntimeHistogramChart</name>
    <message>
        <source>Site downtime in a year (h, logarithmic scale)</source>
        <translation>Indisponibilité du site sur une année (h, échelle logarithmique)</translation>
    </message>
    <message>
        <source>Simulated years</source>
        <translation>Années simulées</translation>
    </message>
    <message>
        <source>Run the simulation to see how the site&apos;s downtime spreads over the years.</source>
        <translation>Lancez la simulation pour voir comment l’indisponibilité du site se répartit sur les années.</translation>
    </message>
    <message>
        <source>Years by site downtime: %1 of %2 simulated years had none (%3 %)</source>
        <translation>Années par indisponibilité du site : %1 des %2 années simulées n’en ont eu aucune (%3 %)</translation>
    </message>
    <message>
        <source>Tier III budget %1 h</source>
        <translation>Budget Tier III %1 h</translation>
    </message>
    <message>
        <source>mean %1 h</source>
        <translation>moyenne %1 h</translation>
    </message>
    <message>
        <source>P90 %1 h</source>
        <translation>P90 %1 h</translation>
    </message>
</context>
<context>
    <name>hectare::ui::DxfFileActions</name>
    <message>
        <source>Import Hall Plan from DXF</source>
        <translation>Importer un plan de salle depuis un DXF</translation>
    </message>
    <message>
        <source>DXF drawings (*.dxf)</source>
        <translation>Dessins DXF (*.dxf)</translation>
    </message>
    <message>
        <source>Cannot read the DXF file</source>
        <translation>Impossible de lire le fichier DXF</translation>
    </message>
    <message>
        <source>Import DXF plan into %1</source>
        <translation>Importer le plan DXF dans %1</translation>
    </message>
    <message>
        <source>The DXF plan was not imported</source>
        <translation>Le plan DXF n’a pas été importé</translation>
    </message>
    <message>
        <source>Export Hall Plan to DXF</source>
        <translation>Exporter le plan de salle en DXF</translation>
    </message>
    <message>
        <source>The DXF file was not written</source>
        <translation>Le fichier DXF n’a pas été écrit</translation>
    </message>
</context>
<context>
    <name>hectare::ui::DxfImportDialog</name>
    <message>
        <source>Import Hall Plan from DXF</source>
        <translation>Importer un plan de salle depuis un DXF</translation>
    </message>
    <message>
        <source>Choose what each layer of &lt;b&gt;%1&lt;/b&gt; holds. The outline and the obstacles of the kinds you choose replace those of hall &lt;b&gt;%2&lt;/b&gt;; nothing is written unless the whole plan is valid.</source>
        <translation>Choisissez ce que contient chaque calque de &lt;b&gt;%1&lt;/b&gt;. Le contour et les obstacles des types choisis remplacent ceux de la salle &lt;b&gt;%2&lt;/b&gt; ; rien n’est écrit si le plan n’est pas valide dans son ensemble.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Calque</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Hall outline</source>
        <translation>Contour de la salle</translation>
    </message>
    <message>
        <source>Obstacles: %1</source>
        <translation>Obstacles : %1</translation>
    </message>
    <message>
        <source>As the file says ($INSUNITS)</source>
        <translation>Selon le fichier ($INSUNITS)</translation>
    </message>
    <message>
        <source>Millimetres</source>
        <translation>Millimètres</translation>
    </message>
    <message>
        <source>Metres</source>
        <translation>Mètres</translation>
    </message>
    <message>
        <source>Drawing units:</source>
        <translation>Unités du dessin :</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Choose at least one layer to import.</source>
        <translation>Choisissez au moins un calque à importer.</translation>
    </message>
    <message>
        <source>Units: %1 m per drawing unit, from the file.</source>
        <translation>Unités : %1 m par unité de dessin, d’après le fichier.</translation>
    </message>
    <message>
        <source>Units: %1 m per drawing unit.</source>
        <translation>Unités : %1 m par unité de dessin.</translation>
    </message>
    <message>
        <source>Outline from layer %1: %2 corners, %3 m².</source>
        <translation>Contour issu du calque %1 : %2 sommets, %3 m².</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n wall(s) drawn as single lines were given a thickness of %1 m.</source>
        <translation>
            <numerusform>%n mur tracé en trait simple a reçu une épaisseur de %1 m.</numerusform>
            <numerusform>%n murs tracés en trait simple ont reçu une épaisseur de %1 m.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything on the chosen layers can be read.</source>
        <translation>Tout ce qui se trouve sur les calques choisis peut être lu.</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Non importé :</translation>
    </message>
    <message>
        <source>  layer %1: %2 × %3 (%4)</source>
        <translation>  calque %1 : %2 × %3 (%4)</translation>
    </message>
</context>
<context>
    <name>hectare::ui::EditRackCommand</name>
    <message>
        <source>Change rack %1 state</source>
        <translation>Modifier l’état de la baie %1</translation>
    </message>
    <message>
        <source>Change rack %1 tenant</source>
        <translation>Modifier le client de la baie %1</translation>
    </message>
    <message>
        <source>Change rack %1 design kW</source>
        <translation>Modifier la puissance de conception de la baie %1</translation>
    </message>
    <message>
        <source>Change rack %1 feeds</source>
        <translation>Modifier les voies d’alimentation de la baie %1</translation>
    </message>
    <message>
        <source>Change rack %1</source>
        <translation>Modifier la baie %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::EditText</name>
    <message>
        <source>row %1</source>
        <translation>la rangée %1</translation>
    </message>
    <message>
        <source>obstacle %1</source>
        <translation>l’obstacle %1</translation>
    </message>
    <message>
        <source>cage %1</source>
        <translation>la cage %1</translation>
    </message>
    <message numerus="yes">
        <source>%n objects</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hectare::ui::ExpansionTableModel</name>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>when needed</source>
        <translation>au besoin</translation>
    </message>
    <message>
        <source>The hall it adds to; site: the site only (chillers and generators)</source>
        <translation>La salle à laquelle elle s’ajoute ; site : le site seul (groupes froids et groupes électrogènes)</translation>
    </message>
    <message>
        <source>Usable IT kW it adds, after its own redundancy</source>
        <translation>kW IT utilisables ajoutés, après sa propre redondance</translation>
    </message>
    <message>
        <source>Months from the decision to build until it is online</source>
        <translation>Mois entre la décision de construire et la mise en service</translation>
    </message>
    <message>
        <source>Brought online by the decision rule when a resource it adds runs out</source>
        <translation>Mise en service par la règle de décision quand une ressource qu’elle ajoute s’épuise</translation>
    </message>
    <message>
        <source>Month it comes online, counted from the scenario&apos;s start</source>
        <translation>Mois de mise en service, compté depuis le début du scénario</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Power
kW</source>
        <translation>Puissance
kW</translation>
    </message>
    <message>
        <source>Cooling
kW</source>
        <translation>Froid
kW</translation>
    </message>
    <message>
        <source>Generator
kVA</source>
        <translation>Groupes
kVA</translation>
    </message>
    <message>
        <source>Capex</source>
        <translation>Capex</translation>
    </message>
    <message>
        <source>Capex
%1</source>
        <translation>Capex
%1</translation>
    </message>
    <message>
        <source>Lead time
months</source>
        <translation>Délai
mois</translation>
    </message>
    <message>
        <source>When
needed</source>
        <translation>Au
besoin</translation>
    </message>
    <message>
        <source>Online
month</source>
        <translation>Mois de mise
en service</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>hall</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>positions</source>
        <translation>emplacements</translation>
    </message>
    <message>
        <source>power kW</source>
        <translation>puissance (kW)</translation>
    </message>
    <message>
        <source>cooling kW</source>
        <translation>froid (kW)</translation>
    </message>
    <message>
        <source>generator kVA</source>
        <translation>groupes électrogènes (kVA)</translation>
    </message>
    <message>
        <source>capex</source>
        <translation>capex</translation>
    </message>
    <message>
        <source>lead time</source>
        <translation>délai de réalisation</translation>
    </message>
    <message>
        <source>online month</source>
        <translation>mois de mise en service</translation>
    </message>
    <message>
        <source>Expansion &quot;%1&quot;: %2: cannot read &quot;%3&quot;</source>
        <translation>Extension « %1 » : %2 : valeur « %3 » illisible</translation>
    </message>
    <message>
        <source>Change expansion &quot;%1&quot; %2</source>
        <translation>Modifier l’extension « %1 » : %2</translation>
    </message>
    <message>
        <source>The scenario cannot be changed</source>
        <translation>Le scénario ne peut pas être modifié</translation>
    </message>
    <message>
        <source>New expansion %1</source>
        <translation>Nouvelle extension %1</translation>
    </message>
    <message>
        <source>Add expansion &quot;%1&quot;</source>
        <translation>Ajouter l’extension « %1 »</translation>
    </message>
    <message>
        <source>Remove expansion &quot;%1&quot;</source>
        <translation>Supprimer l’extension « %1 »</translation>
    </message>
</context>
<context>
    <name>hectare::ui::FailureScenarioCommands</name>
    <message>
        <source>Add failure scenario &quot;%1&quot;</source>
        <translation>Ajouter le scénario de défaillance &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit failure scenario &quot;%1&quot;</source>
        <translation>Modifier le scénario de défaillance &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Delete failure scenario &quot;%1&quot;</source>
        <translation>Supprimer le scénario de défaillance &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>hectare::ui::FailureScenarioDialog</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>New Failure Scenario</source>
        <translation>Nouveau scénario de défaillance</translation>
    </message>
    <message>
        <source>Failure Scenario &quot;%1&quot;</source>
        <translation>Scénario de défaillance &quot;%1&quot;</translation>
    </message>
    <message>
        <source>How long the replay runs, from the first event&apos;s time origin</source>
        <translation>Durée du rejeu, depuis l&apos;origine des temps des événements</translation>
    </message>
    <message>
        <source>Site design a&amp;mbient (%1 °C)</source>
        <translation>A&amp;mbiante de conception du site (%1 °C)</translation>
    </message>
    <message>
        <source> °C</source>
        <translation> °C</translation>
    </message>
    <message>
        <source>The outdoor temperature the chillers are derated to</source>
        <translation>La température extérieure à laquelle les groupes froids sont déclassés</translation>
    </message>
    <message>
        <source>Fuel deliveries every tank&apos;s lead time</source>
        <translation>Livraisons de carburant selon le délai de chaque cuve</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation>&amp;Horizon :</translation>
    </message>
    <message>
        <source>Ambient:</source>
        <translation>Ambiante :</translation>
    </message>
    <message>
        <source>Add &amp;event</source>
        <translation>Ajouter un &amp;événement</translation>
    </message>
    <message>
        <source>&amp;Remove event</source>
        <translation>&amp;Retirer l&apos;événement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>hectare::ui::FailureScenarioEventsModel</name>
    <message>
        <source>Grid outage</source>
        <translation>Coupure du réseau</translation>
    </message>
    <message>
        <source>Component fails</source>
        <translation>Panne d&apos;un composant</translation>
    </message>
    <message>
        <source>Component in maintenance</source>
        <translation>Composant en maintenance</translation>
    </message>
    <message>
        <source>Generator fails to start</source>
        <translation>Le groupe électrogène ne démarre pas</translation>
    </message>
    <message>
        <source>Chillers</source>
        <translation>Groupes froids</translation>
    </message>
    <message>
        <source>UPS groups</source>
        <translation>Onduleurs</translation>
    </message>
    <message>
        <source>Generators</source>
        <translation>Groupes électrogènes</translation>
    </message>
    <message>
        <source>Transformers</source>
        <translation>Transformateurs</translation>
    </message>
    <message>
        <source>Transfer switches (ATS)</source>
        <translation>Inverseurs de source (ATS)</translation>
    </message>
    <message>
        <source>LV switchgear</source>
        <translation>Tableaux BT</translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation>Pompes</translation>
    </message>
    <message>
        <source>CRAHs</source>
        <translation>CRAH</translation>
    </message>
    <message>
        <source>PDUs</source>
        <translation>PDU</translation>
    </message>
    <message>
        <source>#%1 (missing)</source>
        <translation>n° %1 (absent)</translation>
    </message>
    <message>
        <source>MTTR</source>
        <translation>MTTR</translation>
    </message>
    <message>
        <source>The repair time; 0 h: the unit&apos;s mean time to repair</source>
        <translation>Le temps de réparation ; 0 h : le temps moyen de réparation de l&apos;unité</translation>
    </message>
    <message>
        <source>Which unit of the component, from 1 (a 2N group&apos;s B side follows its A side)</source>
        <translation>Quelle unité du composant, à partir de 1 (le côté B d&apos;un groupe 2N suit son côté A)</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>At (h)</source>
        <translation>À (h)</translation>
    </message>
    <message>
        <source>Duration / repair (h)</source>
        <translation>Durée / réparation (h)</translation>
    </message>
    <message>
        <source>Component type</source>
        <translation>Type de composant</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthChart</name>
    <message>
        <source>Run the scenario to see when each resource runs out.</source>
        <translation>Lancez le scénario pour voir quand chaque ressource s’épuise.</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>resource (unit)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: demand P10–P90, P50</source>
        <translation>%1 : demande P10–P90, P50</translation>
    </message>
    <message>
        <source>P10–P90 demand</source>
        <translation>Demande P10–P90</translation>
    </message>
    <message>
        <source>Expected demand</source>
        <translation>Demande attendue</translation>
    </message>
    <message>
        <source>P50 demand</source>
        <translation>Demande P50</translation>
    </message>
    <message>
        <source>Usable capacity</source>
        <translation>Capacité utilisable</translation>
    </message>
    <message>
        <source>+ %1</source>
        <comment>expansions coming online</comment>
        <translation>+ %1</translation>
    </message>
    <message>
        <source>Runs out (P10)
%1</source>
        <translation>Épuisement (P10)
%1</translation>
    </message>
    <message>
        <source>Runs out (P50)
%1</source>
        <translation>Épuisement (P50)
%1</translation>
    </message>
    <message>
        <source>Decide by
%1 (late)</source>
        <translation>Décider avant
%1 (en retard)</translation>
    </message>
    <message>
        <source>Decide by
%1</source>
        <translation>Décider avant
%1</translation>
    </message>
    <message>
        <source>Demand P90</source>
        <translation>Demande P90</translation>
    </message>
    <message>
        <source>Demand P50</source>
        <translation>Demande P50</translation>
    </message>
    <message>
        <source>Demand P10</source>
        <translation>Demande P10</translation>
    </message>
    <message>
        <source>Runs over capacity</source>
        <translation>Simulations au-delà de la capacité</translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthComparisonTable</name>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>Decide by</source>
        <translation>Décider avant</translation>
    </message>
    <message>
        <source>Nothing runs out within the horizon in either scenario.</source>
        <translation>Rien ne s’épuise dans l’horizon, dans aucun des deux scénarios.</translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthExport</name>
    <message>
        <source>could not be written: %1</source>
        <translation>n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>the chart could not be saved</source>
        <translation>le graphique n’a pas pu être enregistré</translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthOutlookView</name>
    <message>
        <source>Running &quot;%1&quot; and &quot;%2&quot;…</source>
        <translation>Simulation de « %1 » et « %2 »…</translation>
    </message>
    <message>
        <source>Running &quot;%1&quot;…</source>
        <translation>Simulation de « %1 »…</translation>
    </message>
    <message>
        <source>Done: %1 runs, seed %2, in %3 s.</source>
        <translation>Terminé : %1 simulations, graine %2, en %3 s.</translation>
    </message>
    <message>
        <source>there is no chart to export: run the scenario first</source>
        <translation>aucun graphique à exporter : lancez d’abord le scénario</translation>
    </message>
    <message>
        <source>there are no results to export: run the scenario first</source>
        <translation>aucun résultat à exporter : lancez d’abord le scénario</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>Export series as CSV</source>
        <translation>Exporter les séries en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Series saved to %1</source>
        <translation>Séries enregistrées dans %1</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Chart as P&amp;DF…</source>
        <translation>Graphique en P&amp;DF…</translation>
    </message>
    <message>
        <source>Series as &amp;CSV…</source>
        <translation>Séries en &amp;CSV…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Run cancelled: the results shown are those of the last complete run.</source>
        <translation>Simulation annulée : les résultats affichés sont ceux de la dernière simulation complète.</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>La simulation a échoué : %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot;</source>
        <translation>Salle « %1 »</translation>
    </message>
    <message>
        <source>Press Run to see when each hall and the site run out under &quot;%1&quot;.</source>
        <translation>Cliquez sur Lancer pour voir quand chaque salle et le site s’épuisent dans « %1 ».</translation>
    </message>
    <message>
        <source>Select a scenario.</source>
        <translation>Sélectionnez un scénario.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>scope, resource</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>scenario: what</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 runs, seed %2</source>
        <translation>%1 simulations, graine %2</translation>
    </message>
    <message>
        <source>expected values only</source>
        <translation>valeurs attendues seulement</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (blue) and &lt;b&gt;%2&lt;/b&gt; (orange), %3. Runs out: the first month demand exceeds usable capacity; P10: one run in ten has run out by then.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (bleu) et &lt;b&gt;%2&lt;/b&gt; (orange), %3. Épuisement : le premier mois où la demande dépasse la capacité utilisable ; P10 : une simulation sur dix est épuisée à cette date.</translation>
    </message>
    <message>
        <source>&lt;i&gt;%1, %2.&lt;/i&gt;</source>
        <translation>&lt;i&gt;%1, %2.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; or the site changed after this run: run again to update.</source>
        <translation>« %1 » ou le site a changé depuis cette simulation : relancez-la pour mettre à jour.</translation>
    </message>
    <message>
        <source>Run to compare with &quot;%1&quot;.</source>
        <translation>Lancez la simulation pour comparer avec « %1 ».</translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthRunBar</name>
    <message>
        <source>Monte Carlo runs; 0: the expected values only</source>
        <translation>Simulations de Monte-Carlo ; 0 : valeurs attendues seulement</translation>
    </message>
    <message>
        <source>The same seed gives the same result</source>
        <translation>La même graine donne le même résultat</translation>
    </message>
    <message>
        <source>Decide when this share of the runs has run out, less the lead time (P10: one in ten)</source>
        <translation>Décider quand cette part des simulations est épuisée, moins le délai de réalisation (P10 : une sur dix)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Runs:</source>
        <translation>Simulations :</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <source>Decide at:</source>
        <translation>Décider à :</translation>
    </message>
    <message>
        <source>Change decision risk of scenario &quot;%1&quot;</source>
        <translation>Modifier le risque de décision du scénario « %1 »</translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthSummary</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot;</source>
        <translation>Salle « %1 »</translation>
    </message>
    <message>
        <source>%1 (late)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>%1: runs out %2 (P50; P10 %3)</source>
        <translation>%1 : épuisement %2 (P50 ; P10 %3)</translation>
    </message>
    <message>
        <source>%1: may run out from %2 (P10; %3 of runs by %4)</source>
        <translation>%1 : épuisement possible dès %2 (P10 ; %3 des simulations avant %4)</translation>
    </message>
    <message>
        <source>%1: may run out from %2 (at P%3)</source>
        <translation>%1 : épuisement possible dès %2 (à P%3)</translation>
    </message>
    <message>
        <source>%1: runs out %2 (expected)</source>
        <translation>%1 : épuisement %2 (valeur attendue)</translation>
    </message>
    <message>
        <source>%1, decide now (it was due %2)</source>
        <translation>%1, décider maintenant (c’était à faire en %2)</translation>
    </message>
    <message>
        <source>%1, decide by %2</source>
        <translation>%1, décider avant %2</translation>
    </message>
    <message>
        <source>nothing runs out by %1</source>
        <translation>rien ne s’épuise avant %1</translation>
    </message>
    <message>
        <source>%1 not needed by %2</source>
        <translation>%1 pas nécessaire avant %2</translation>
    </message>
    <message>
        <source>%1 online %2</source>
        <translation>%1 en service %2</translation>
    </message>
    <message>
        <source>%1, decided %2 (late)</source>
        <translation>%1, décidé %2 (en retard)</translation>
    </message>
    <message>
        <source>%1 (when needed)</source>
        <translation>%1 (au besoin)</translation>
    </message>
    <message>
        <source>Expansions</source>
        <translation>Extensions</translation>
    </message>
</context>
<context>
    <name>hectare::ui::GrowthText</name>
    <message>
        <source>%1 (%2)</source>
        <comment>month number (its date)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>hectare::ui::HallScene</name>
    <message>
        <source>%1: rack state</source>
        <translation>%1 : état des baies</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: tenants</source>
        <translation>%1 : clients</translation>
    </message>
    <message>
        <source>Free (%1)</source>
        <translation>Libre (%1)</translation>
    </message>
    <message>
        <source>Blocked (%1)</source>
        <translation>Bloqué (%1)</translation>
    </message>
    <message>
        <source>Other tenants: %1</source>
        <translation>Autres clients : %1</translation>
    </message>
    <message>
        <source>%1: expected draw / design kW</source>
        <translation>%1 : consommation attendue / puissance de conception</translation>
    </message>
    <message>
        <source>No draw (free or reserved)</source>
        <translation>Aucune consommation (baie libre ou réservée)</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Clearance problems (%1)</source>
        <translation>Problèmes de dégagement (%1)</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ImportanceChart</name>
    <message>
        <source>What causes the site&apos;s downtime (top %1)</source>
        <translation>Ce qui cause l’indisponibilité du site (les %1 premiers)</translation>
    </message>
    <message>
        <source>Share of the site&apos;s downtime (%)</source>
        <translation>Part de l’indisponibilité du site (%)</translation>
    </message>
    <message>
        <source>Run the simulation to rank the components by the downtime they cause.</source>
        <translation>Lancez la simulation pour classer les composants selon l’indisponibilité qu’ils causent.</translation>
    </message>
    <message>
        <source>No component caused any site downtime in the simulated years.</source>
        <translation>Aucun composant n’a causé d’indisponibilité du site pendant les années simulées.</translation>
    </message>
    <message>
        <source>%1 % · %2 h/yr</source>
        <translation>%1 % · %2 h/an</translation>
    </message>
</context>
<context>
    <name>hectare::ui::MainWindow</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Rack</source>
        <translation>Baie</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>La modification n’a pas été effectuée</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>La modification n’a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Sample site (not saved)</source>
        <translation>Site d’exemple (non enregistré)</translation>
    </message>
    <message>
        <source>Untitled site (not saved)</source>
        <translation>Site sans titre (non enregistré)</translation>
    </message>
    <message>
        <source>%1 — Hectare</source>
        <translation>%1 — Hectare</translation>
    </message>
    <message>
        <source> [read-only]</source>
        <translation> [lecture seule]</translation>
    </message>
    <message>
        <source>In memory: use File → Save As to keep it</source>
        <translation>En mémoire : utilisez Fichier → Enregistrer sous pour le conserver</translation>
    </message>
    <message>
        <source> — read-only: %1</source>
        <translation> — lecture seule : %1</translation>
    </message>
    <message>
        <source>Quit Hectare</source>
        <translation>Quitter Hectare</translation>
    </message>
    <message>
        <source>Your changes to the sample site are only in memory. Quit and lose them?</source>
        <translation>Vos modifications du site d’exemple n’existent qu’en mémoire. Quitter et les perdre ?</translation>
    </message>
    <message>
        <source>Hectare sites (*.hectare);;All files (*)</source>
        <translation>Sites Hectare (*.hectare);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>From the &amp;sample site</source>
        <translation>À partir du site d’&amp;exemple</translation>
    </message>
    <message>
        <source>&amp;Empty site</source>
        <translation>Site &amp;vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importer du JSON…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit Hall</source>
        <translation>&amp;Ajuster à la salle</translation>
    </message>
    <message>
        <source>Colour by &amp;State</source>
        <translation>Couleur par é&amp;tat</translation>
    </message>
    <message>
        <source>Colour by &amp;Tenant</source>
        <translation>Couleur par &amp;client</translation>
    </message>
    <message>
        <source>Colour by Power &amp;Density</source>
        <translation>Couleur par &amp;densité de puissance</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Hectare</source>
        <translation>À &amp;propos de Hectare</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>Cannot open the sample site</source>
        <translation>Impossible d’ouvrir le site d’exemple</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <source>Cannot create a site</source>
        <translation>Impossible de créer un site</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Importation impossible</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1 : ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1 : ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exporté : %1</translation>
    </message>
    <message>
        <source>Open a site</source>
        <translation>Ouvrir un site</translation>
    </message>
    <message>
        <source>Save the site as</source>
        <translation>Enregistrer le site sous</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Enregistrement impossible</translation>
    </message>
    <message>
        <source>Import a site from JSON</source>
        <translation>Importer un site depuis un fichier JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Create the site file</source>
        <translation>Créer le fichier du site</translation>
    </message>
    <message>
        <source>%1 already exists: choose a new file name.</source>
        <translation>%1 existe déjà : choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Export the site as JSON</source>
        <translation>Exporter le site au format JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Rack table (*.csv)</source>
        <translation>Table des baies (*.csv)</translation>
    </message>
    <message>
        <source>Tenant table (*.csv)</source>
        <translation>Table des clients (*.csv)</translation>
    </message>
    <message>
        <source>Export a table as CSV</source>
        <translation>Exporter une table au format CSV</translation>
    </message>
    <message>
        <source>About Hectare</source>
        <translation>À propos de Hectare</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hectare %1&lt;/h3&gt;&lt;p&gt;Capacity planning for colocation data centres.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · QCustomPlot %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hectare %1&lt;/h3&gt;&lt;p&gt;Planification de capacité pour centres de données de colocation.&lt;/p&gt;&lt;p&gt;Licence : GNU General Public License, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · QCustomPlot %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Croissance</translation>
    </message>
    <message>
        <source>&amp;Print or Export Plan…</source>
        <translation>Im&amp;primer ou exporter le plan…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <source>Select a hall in the site tree first.</source>
        <translation>Sélectionnez d’abord une salle dans l’arborescence du site.</translation>
    </message>
    <message>
        <source>Import Hall Plan from &amp;DXF…</source>
        <translation>Importer un plan de salle depuis un &amp;DXF…</translation>
    </message>
    <message>
        <source>Replace the shown hall&apos;s outline and obstacles with those of an architect&apos;s DXF drawing</source>
        <translation>Remplacer le contour et les obstacles de la salle affichée par ceux du dessin DXF d’un architecte</translation>
    </message>
    <message>
        <source>Export Hall Plan to D&amp;XF…</source>
        <translation>Exporter le plan de salle en D&amp;XF…</translation>
    </message>
    <message>
        <source>Write the shown hall as a DXF drawing in millimetres, one layer per kind</source>
        <translation>Écrire la salle affichée dans un dessin DXF en millimètres, un calque par type d’objet</translation>
    </message>
    <message>
        <source>Clearances</source>
        <translation>Dégagements</translation>
    </message>
    <message>
        <source>Clearance &amp;Rules…</source>
        <translation>Règles de &amp;dégagement…</translation>
    </message>
    <message>
        <source>Clearances (%1)</source>
        <translation>Dégagements (%1)</translation>
    </message>
    <message>
        <source>Change clearance rules</source>
        <translation>Modifier les règles de dégagement</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Quotes (%1 held)</source>
        <translation>Devis (réservations : %1)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>&amp;Price Book…</source>
        <translation>&amp;Grille tarifaire…</translation>
    </message>
    <message>
        <source>The prices, discounts, VAT and terms quotes are made from</source>
        <translation>Les prix, remises, TVA et conditions à partir desquels les devis sont établis</translation>
    </message>
    <message>
        <source>&amp;New Quote…</source>
        <translation>&amp;Nouveau devis…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Q</source>
        <translation>Ctrl+Shift+Q</translation>
    </message>
    <message>
        <source>Price a customer&apos;s racks and find where they fit, now and over the term</source>
        <translation>Chiffrer les baies d’un client et trouver où les placer, aujourd’hui et sur toute la durée</translation>
    </message>
    <message>
        <source>&amp;Sales</source>
        <translation>&amp;Ventes</translation>
    </message>
    <message>
        <source>Tier III Check</source>
        <translation>Vérification Tier III</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Failure Scenarios</source>
        <translation>Scénarios de défaillance</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>&amp;Tier III Check</source>
        <translation>Vérification &amp;Tier III</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Take every component out for maintenance and list what it would drop</source>
        <translation>Mettre chaque composant en maintenance et lister ce que cela couperait</translation>
    </message>
    <message>
        <source>One-Line &amp;Topology</source>
        <translation>Topologie &amp;unifilaire</translation>
    </message>
    <message>
        <source>The power and cooling paths, coloured by the Tier III check</source>
        <translation>Les voies d’alimentation et de refroidissement, colorées selon la vérification Tier III</translation>
    </message>
    <message>
        <source>Failure &amp;Scenarios</source>
        <translation>&amp;Scénarios de défaillance</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Replay a grid outage or a failure and see which racks and tenants lose power or cooling</source>
        <translation>Rejouer une coupure du réseau ou une défaillance et voir quelles baies et quels clients perdent l’alimentation ou le refroidissement</translation>
    </message>
    <message>
        <source>&amp;Availability…</source>
        <translation>&amp;Disponibilité…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Simulate years of failures and repairs: availability per tenant, hall and site</source>
        <translation>Simuler des années de pannes et de réparations : disponibilité par client, par salle et pour le site</translation>
    </message>
    <message>
        <source>&amp;Reliability</source>
        <translation>Fia&amp;bilité</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ObstacleDialog</name>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Add Obstacle</source>
        <translation>Ajouter un obstacle</translation>
    </message>
    <message>
        <source>Obstacle Properties</source>
        <translation>Propriétés de l’obstacle</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur :</translation>
    </message>
    <message>
        <source>&amp;Depth:</source>
        <translation>&amp;Profondeur :</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Counter-clockwise from the hall&apos;s x axis; the front (service side) faces -y at 0°.</source>
        <translation>Dans le sens antihoraire à partir de l’axe x de la salle ; à 0°, l’avant (côté service) est tourné vers -y.</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Rotation :</translation>
    </message>
</context>
<context>
    <name>hectare::ui::Percent</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#x202f;%</translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlacementListModel</name>
    <message>
        <source>%1–%2</source>
        <comment>a run of rack positions, first–last</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message numerus="yes">
        <source>Spread over %n row(s)</source>
        <translation>
            <numerusform>Répartis sur %n rangée</numerusform>
            <numerusform>Répartis sur %n rangées</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>P90: %1</source>
        <translation>P90 : %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Forecast warnings</source>
        <translation>Avertissements de la prévision</translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanActions</name>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Sélectionner</translation>
    </message>
    <message>
        <source>Select and move rows, obstacles and cages; Esc also ends the tool in use</source>
        <translation>Sélectionner et déplacer des rangées, des obstacles et des cages ; Échap quitte aussi l’outil en cours</translation>
    </message>
    <message>
        <source>Add &amp;Row…</source>
        <translation>Ajouter une &amp;rangée…</translation>
    </message>
    <message>
        <source>Describe a new row of rack positions, then click where it starts</source>
        <translation>Décrire une nouvelle rangée d’emplacements de baie, puis cliquer à l’endroit où elle commence</translation>
    </message>
    <message>
        <source>Draw Ca&amp;ge</source>
        <translation>Dessiner une ca&amp;ge</translation>
    </message>
    <message>
        <source>Click a tenant cage&apos;s corners on the plan; Enter or double-click closes it</source>
        <translation>Cliquer sur le plan les sommets d’une cage client ; Entrée ou un double-clic la ferme</translation>
    </message>
    <message>
        <source>&amp;Edit Hall Outline</source>
        <translation>Modifier le con&amp;tour de la salle</translation>
    </message>
    <message>
        <source>Drag the hall&apos;s corners; double-click an edge to add one; Delete removes one</source>
        <translation>Faire glisser les sommets de la salle ; double-cliquer sur un côté pour en ajouter un ; Suppr en supprime un</translation>
    </message>
    <message>
        <source>Snap to Floor &amp;Tiles</source>
        <translation>Aligner sur les &amp;dalles</translation>
    </message>
    <message>
        <source>Keep what is placed or moved on the hall&apos;s floor-tile grid</source>
        <translation>Garder ce qui est placé ou déplacé sur la trame des dalles de la salle</translation>
    </message>
    <message>
        <source>Rotate 90° Cloc&amp;kwise</source>
        <translation>Pivoter de 90° dans le sens &amp;horaire</translation>
    </message>
    <message>
        <source>Turn the selection a quarter turn clockwise about its centre</source>
        <translation>Faire pivoter la sélection d’un quart de tour dans le sens horaire autour de son centre</translation>
    </message>
    <message>
        <source>Rotate ↻</source>
        <translation>Pivoter ↻</translation>
    </message>
    <message>
        <source>Rotate 90° Counter-c&amp;lockwise</source>
        <translation>Pivoter de 90° dans le sens ant&amp;ihoraire</translation>
    </message>
    <message>
        <source>Turn the selection a quarter turn counter-clockwise about its centre</source>
        <translation>Faire pivoter la sélection d’un quart de tour dans le sens antihoraire autour de son centre</translation>
    </message>
    <message>
        <source>Rotate ↺</source>
        <translation>Pivoter ↺</translation>
    </message>
    <message>
        <source>Align &amp;Left</source>
        <translation>Aligner à &amp;gauche</translation>
    </message>
    <message>
        <source>Line up the selection&apos;s left edges</source>
        <translation>Aligner les bords gauches de la sélection</translation>
    </message>
    <message>
        <source>Align &amp;Right</source>
        <translation>Aligner à &amp;droite</translation>
    </message>
    <message>
        <source>Line up the selection&apos;s right edges</source>
        <translation>Aligner les bords droits de la sélection</translation>
    </message>
    <message>
        <source>Align &amp;Top</source>
        <translation>Aligner en &amp;haut</translation>
    </message>
    <message>
        <source>Line up the selection&apos;s top edges</source>
        <translation>Aligner les bords supérieurs de la sélection</translation>
    </message>
    <message>
        <source>Align &amp;Bottom</source>
        <translation>Aligner en &amp;bas</translation>
    </message>
    <message>
        <source>Line up the selection&apos;s bottom edges</source>
        <translation>Aligner les bords inférieurs de la sélection</translation>
    </message>
    <message>
        <source>Align Centres on a &amp;Vertical Line</source>
        <translation>Aligner les centres sur une &amp;verticale</translation>
    </message>
    <message>
        <source>Move the selected objects sideways until their centres are one above the other</source>
        <translation>Déplacer latéralement les objets sélectionnés jusqu’à ce que leurs centres soient les uns au-dessus des autres</translation>
    </message>
    <message>
        <source>Align Centres on a &amp;Horizontal Line</source>
        <translation>Aligner les centres sur une h&amp;orizontale</translation>
    </message>
    <message>
        <source>Move the selected objects up or down until their centres are side by side</source>
        <translation>Déplacer vers le haut ou le bas les objets sélectionnés jusqu’à ce que leurs centres soient côte à côte</translation>
    </message>
    <message>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Répartir horizontalement</translation>
    </message>
    <message>
        <source>Space three or more objects evenly from left to right</source>
        <translation>Espacer régulièrement trois objets ou plus de gauche à droite</translation>
    </message>
    <message>
        <source>Distribute &amp;Vertically</source>
        <translation>Répartir v&amp;erticalement</translation>
    </message>
    <message>
        <source>Space three or more objects evenly from top to bottom</source>
        <translation>Espacer régulièrement trois objets ou plus de haut en bas</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Remember the selected rows, obstacles and cages for Paste</source>
        <translation>Mémoriser les rangées, obstacles et cages sélectionnés pour les coller</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Coll&amp;er</translation>
    </message>
    <message>
        <source>Add copies of what was copied, one row pitch further each time (rows get the next free names)</source>
        <translation>Ajouter des copies de ce qui a été copié, décalées d’un entraxe de rangée de plus à chaque fois (les rangées prennent les noms libres suivants)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the selection one row pitch away in one step</source>
        <translation>Copier la sélection à un entraxe de rangée, en une seule étape</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Remove the selected rows, obstacles and cages, or the rack positions picked with Alt+click</source>
        <translation>Supprimer les rangées, obstacles et cages sélectionnés, ou les emplacements de baie choisis par Alt+clic</translation>
    </message>
    <message>
        <source>Add Positions to Ro&amp;w…</source>
        <translation>A&amp;jouter des emplacements à la rangée…</translation>
    </message>
    <message>
        <source>Add free rack positions at the end of the selected row</source>
        <translation>Ajouter des emplacements de baie libres à la fin de la rangée sélectionnée</translation>
    </message>
    <message>
        <source>Renu&amp;mber Rows</source>
        <translation>Re&amp;numéroter les rangées</translation>
    </message>
    <message>
        <source>Name the hall&apos;s rows A, B, C… (or 1, 2, 3…) in order across the hall, and their racks after them</source>
        <translation>Nommer les rangées de la salle A, B, C… (ou 1, 2, 3…) dans l’ordre d’un bout à l’autre de la salle, et leurs baies d’après elles</translation>
    </message>
    <message>
        <source>Propert&amp;ies…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Change the selected row, obstacle or cage (also by double-clicking it)</source>
        <translation>Modifier la rangée, l’obstacle ou la cage sélectionné (aussi par un double-clic)</translation>
    </message>
    <message>
        <source>Nudge &amp;Left</source>
        <translation>Décaler vers la &amp;gauche</translation>
    </message>
    <message>
        <source>Nudge &amp;Right</source>
        <translation>Décaler vers la &amp;droite</translation>
    </message>
    <message>
        <source>Nudge &amp;Up</source>
        <translation>Décaler vers le &amp;haut</translation>
    </message>
    <message>
        <source>Nudge &amp;Down</source>
        <translation>Décaler vers le &amp;bas</translation>
    </message>
    <message>
        <source>Nudge Far Left</source>
        <translation>Décaler vers la gauche (grand pas)</translation>
    </message>
    <message>
        <source>Nudge Far Right</source>
        <translation>Décaler vers la droite (grand pas)</translation>
    </message>
    <message>
        <source>Nudge Far Up</source>
        <translation>Décaler vers le haut (grand pas)</translation>
    </message>
    <message>
        <source>Nudge Far Down</source>
        <translation>Décaler vers le bas (grand pas)</translation>
    </message>
    <message>
        <source>Move the selection ten floor tiles (1 m without snapping)</source>
        <translation>Déplacer la sélection de dix dalles (1 m sans alignement sur les dalles)</translation>
    </message>
    <message>
        <source>Move the selection one floor tile (0.1 m without snapping)</source>
        <translation>Déplacer la sélection d’une dalle (0,1 m sans alignement sur les dalles)</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Add &amp;Obstacle</source>
        <translation>Ajouter un &amp;obstacle</translation>
    </message>
    <message>
        <source>&amp;Align</source>
        <translation>A&amp;ligner</translation>
    </message>
    <message>
        <source>&amp;Nudge</source>
        <translation>Déc&amp;aler</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Obstacle</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <source>Add an obstacle: a column, a wall, a door, a CRAH, a PDU or a cylinder</source>
        <translation>Ajouter un obstacle : un poteau, un mur, une porte, une armoire de climatisation (CRAH), un PDU ou une bouteille d’extinction</translation>
    </message>
    <message>
        <source>Click on the plan to place an obstacle: %1</source>
        <translation>Cliquez sur le plan pour placer un obstacle : %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanColours</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Power density</source>
        <translation>Densité de puissance</translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanEditor</name>
    <message>
        <source>Click a rack to select its row (Alt+click: the rack alone), Shift+click to add; drag to move, arrow keys to nudge.</source>
        <translation>Cliquez sur une baie pour sélectionner sa rangée (Alt+clic : la baie seule), Maj+clic pour ajouter à la sélection ; faites glisser pour déplacer, utilisez les flèches pour décaler.</translation>
    </message>
    <message numerus="yes">
        <source>Click where the new row starts (%n positions); Esc to stop.</source>
        <translation>
            <numerusform>Cliquez à l’endroit où commence la nouvelle rangée (%n emplacement) ; Échap pour arrêter.</numerusform>
            <numerusform>Cliquez à l’endroit où commence la nouvelle rangée (%n emplacements) ; Échap pour arrêter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click the corners of the cage; Enter or double-click closes it, Backspace takes back the last corner, Esc cancels.</source>
        <translation>Cliquez sur les sommets de la cage ; Entrée ou un double-clic la ferme, Retour arrière retire le dernier sommet, Échap abandonne.</translation>
    </message>
    <message numerus="yes">
        <source>Cage: %n corners, %1. Enter or double-click closes it, Backspace takes back the last corner.</source>
        <translation>
            <numerusform>Cage : %n sommet, %1. Entrée ou un double-clic la ferme, Retour arrière retire le dernier sommet.</numerusform>
            <numerusform>Cage : %n sommets, %1. Entrée ou un double-clic la ferme, Retour arrière retire le dernier sommet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag a corner of the hall; double-click an edge to add a corner; Delete removes the chosen corner.</source>
        <translation>Faites glisser un sommet de la salle ; double-cliquez sur un côté pour ajouter un sommet ; Suppr supprime le sommet choisi.</translation>
    </message>
    <message>
        <source>Moving by %1 m, %2 m</source>
        <translation>Déplacement de %1 m, %2 m</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Déplacer %1</translation>
    </message>
    <message>
        <source>Move a corner of hall %1</source>
        <translation>Déplacer un sommet de la salle %1</translation>
    </message>
    <message>
        <source>Double-click on an edge of the hall to add a corner there.</source>
        <translation>Double-cliquez sur un côté de la salle pour y ajouter un sommet.</translation>
    </message>
    <message>
        <source>Add a corner to hall %1</source>
        <translation>Ajouter un sommet à la salle %1</translation>
    </message>
    <message>
        <source>Cage %1</source>
        <translation>Cage %1</translation>
    </message>
    <message>
        <source>Rotate %1</source>
        <translation>Faire pivoter %1</translation>
    </message>
    <message>
        <source>Select at least two rows, obstacles or cages to align.</source>
        <translation>Sélectionnez au moins deux rangées, obstacles ou cages à aligner.</translation>
    </message>
    <message>
        <source>Align %1</source>
        <translation>Aligner %1</translation>
    </message>
    <message>
        <source>Select at least three rows, obstacles or cages to distribute.</source>
        <translation>Sélectionnez au moins trois rangées, obstacles ou cages à répartir.</translation>
    </message>
    <message>
        <source>Distribute %1</source>
        <translation>Répartir %1</translation>
    </message>
    <message>
        <source>The copied objects are no longer in the document.</source>
        <translation>Les objets copiés ne sont plus dans le document.</translation>
    </message>
    <message>
        <source>Paste a copy of %1</source>
        <translation>Coller une copie de %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Click a corner of the hall first, then Delete removes it.</source>
        <translation>Cliquez d’abord sur un sommet de la salle, puis Suppr le supprime.</translation>
    </message>
    <message>
        <source>Remove a corner of hall %1</source>
        <translation>Supprimer un sommet de la salle %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n rack positions</source>
        <translation>
            <numerusform>Supprimer %n emplacement de baie</numerusform>
            <numerusform>Supprimer %n emplacements de baie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 and %n rack positions</source>
        <translation>
            <numerusform>Supprimer %1 et %n emplacement de baie</numerusform>
            <numerusform>Supprimer %1 et %n emplacements de baie</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the row to add positions to.</source>
        <translation>Sélectionnez la rangée à laquelle ajouter des emplacements.</translation>
    </message>
    <message>
        <source>Add Positions</source>
        <translation>Ajouter des emplacements</translation>
    </message>
    <message>
        <source>Positions to add at the end of row %1:</source>
        <translation>Emplacements à ajouter à la fin de la rangée %1 :</translation>
    </message>
    <message numerus="yes">
        <source>Positions to add at the end of each of the %n rows:</source>
        <translation>
            <numerusform>Emplacements à ajouter à la fin de la rangée (%n) :</numerusform>
            <numerusform>Emplacements à ajouter à la fin de chacune des %n rangées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n positions to %1</source>
        <translation>
            <numerusform>Ajouter %n emplacement à %1</numerusform>
            <numerusform>Ajouter %n emplacements à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows are already numbered in order.</source>
        <translation>Les rangées sont déjà numérotées dans l’ordre.</translation>
    </message>
    <message>
        <source>Renumber the rows of hall %1</source>
        <translation>Renuméroter les rangées de la salle %1</translation>
    </message>
    <message>
        <source>Select one row, obstacle or cage to see its properties.</source>
        <translation>Sélectionnez une seule rangée, un seul obstacle ou une seule cage pour voir ses propriétés.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Add row %1</source>
        <translation>Ajouter la rangée %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>A cage needs at least three corners.</source>
        <translation>Une cage doit avoir au moins trois sommets.</translation>
    </message>
    <message>
        <source>Draw cage %1</source>
        <translation>Dessiner la cage %1</translation>
    </message>
    <message>
        <source>Click where the new obstacle (%1) goes; Esc to stop.</source>
        <translation>Cliquez où placer le nouvel obstacle (%1) ; Échap pour arrêter.</translation>
    </message>
    <message>
        <source>Hall %1 must keep at least three corners.</source>
        <translation>La salle %1 doit garder au moins trois sommets.</translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanLegend</name>
    <message>
        <source>≥ %1 %</source>
        <translation>≥ %1&#x202f;%</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#x202f;%</translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanSheet</name>
    <message>
        <source>cannot be written: %1</source>
        <translation>ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <source>%1, %2: floor plan</source>
        <translation>%1, %2 : plan de salle</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>Sheet %1 of %2</source>
        <translation>Feuille %1 sur %2</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>le SVG n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>%1 dots per inch on %2 is more than a PNG can hold here; use fewer</source>
        <translation>%1 points par pouce sur %2, c’est plus qu’un PNG ne peut contenir ici ; réduisez la résolution</translation>
    </message>
    <message>
        <source>the printer could not be started</source>
        <translation>l’imprimante n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>%1 (key to sheets)</source>
        <translation>%1 (feuille d’assemblage)</translation>
    </message>
    <message>
        <source>%1 (column %2, row %3)</source>
        <translation>%1 (colonne %2, rangée %3)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <comment>sheet x of y</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Floor plan: rack state</source>
        <translation>Plan de salle : état des baies</translation>
    </message>
    <message>
        <source>Floor plan: tenants</source>
        <translation>Plan de salle : clients</translation>
    </message>
    <message>
        <source>Floor plan: power density</source>
        <translation>Plan de salle : densité de puissance</translation>
    </message>
    <message>
        <source>Floor grid</source>
        <translation>Trame du faux plancher</translation>
    </message>
    <message>
        <source>Rack labels</source>
        <translation>Étiquettes des baies</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Cotes</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Power density</source>
        <translation>Densité de puissance</translation>
    </message>
    <message>
        <source>Service clearances</source>
        <translation>Dégagements de service</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Drawing</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Drawn by</source>
        <translation>Dessiné par</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Situation au</translation>
    </message>
    <message>
        <source>Scale %1</source>
        <translation>Échelle %1</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>first division in tenths (%1 m)</source>
        <translation>première division en dixièmes (%1 m)</translation>
    </message>
    <message>
        <source>N</source>
        <comment>north</comment>
        <translation>N</translation>
    </message>
    <message>
        <source>Hall #%1</source>
        <translation>Salle n° %1</translation>
    </message>
    <message>
        <source>not found in this document</source>
        <translation>introuvable dans ce document</translation>
    </message>
    <message>
        <source>Hall &quot;%1&quot;</source>
        <translation>Salle « %1 »</translation>
    </message>
    <message>
        <source>has no outline or racks to draw</source>
        <translation>n’a ni contour ni baies à dessiner</translation>
    </message>
    <message>
        <source>the margins leave no room for the plan on %1</source>
        <translation>les marges ne laissent aucune place au plan sur %1</translation>
    </message>
    <message>
        <source>at %1 on %2 the plan would need %3 sheets (at most %4): choose a smaller scale, a larger paper or fit</source>
        <translation>à %1 sur %2, le plan demanderait %3 feuilles (au plus %4) : choisissez une échelle plus petite, un format plus grand ou l’ajustement</translation>
    </message>
    <message>
        <source>+ %1 more</source>
        <translation>+ %1 autres</translation>
    </message>
    <message>
        <source>unknown format: the name must end in .pdf, .svg, .png or .dxf</source>
        <translation>format inconnu : le nom doit se terminer par .pdf, .svg, .png ou .dxf</translation>
    </message>
    <message>
        <source>Cold aisle, at least %1</source>
        <translation>Allée froide, au moins %1</translation>
    </message>
    <message>
        <source>Hot aisle, at least %1</source>
        <translation>Allée chaude, au moins %1</translation>
    </message>
    <message>
        <source>From walls, at least %1</source>
        <translation>Distance aux murs, au moins %1</translation>
    </message>
    <message>
        <source>Clearance problems (%1)</source>
        <translation>Problèmes de dégagement (%1)</translation>
    </message>
    <message>
        <source>Service clearance, at least %1</source>
        <translation>Dégagement de service, au moins %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanSheetDialog</name>
    <message>
        <source>Print or Export Plan: %1</source>
        <translation>Imprimer ou exporter le plan : %1</translation>
    </message>
    <message>
        <source>Print or Export Plan</source>
        <translation>Imprimer ou exporter le plan</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Fit on one sheet</source>
        <translation>Ajuster sur une feuille</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Niveaux de gris</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>É&amp;chelle :</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>Co&amp;uleurs :</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Calques</translation>
    </message>
    <message>
        <source>Title block</source>
        <translation>Cartouche</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Société :</translation>
    </message>
    <message>
        <source>Drawing &amp;title:</source>
        <translation>&amp;Titre du dessin :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Revision:</source>
        <translation>&amp;Indice :</translation>
    </message>
    <message>
        <source>Dra&amp;wn by:</source>
        <translation>Dessiné &amp;par :</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Aperçu…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>1 sheet at %1 (the largest standard scale that fits)</source>
        <translation>1 feuille à %1 (la plus grande échelle normalisée qui tient)</translation>
    </message>
    <message>
        <source>1 sheet at %1</source>
        <translation>1 feuille à %1</translation>
    </message>
    <message>
        <source>%1 sheets at %2: a key sheet and %3 × %4 tiles that overlap by %5 mm</source>
        <translation>%1 feuilles à %2 : une feuille d’assemblage et %3 × %4 planches qui se chevauchent de %5 mm</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawing, one file per sheet (*.svg)</source>
        <translation>Dessin SVG, un fichier par feuille (*.svg)</translation>
    </message>
    <message>
        <source>PNG image, one file per sheet (*.png)</source>
        <translation>Image PNG, un fichier par feuille (*.png)</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <source>no document is open</source>
        <translation>aucun document n’est ouvert</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>Wrote %1 files: %2 … %3</source>
        <translation>%1 fichiers écrits : %2 … %3</translation>
    </message>
    <message>
        <source>DXF drawing for CAD, in millimetres, whole hall (*.dxf)</source>
        <translation>Dessin DXF pour la CAO, en millimètres, salle entière (*.dxf)</translation>
    </message>
</context>
<context>
    <name>hectare::ui::PlanText</name>
    <message>
        <source>%1 m²</source>
        <translation>%1 m²</translation>
    </message>
    <message>
        <source>Aisle</source>
        <translation>Allée</translation>
    </message>
    <message>
        <source>To the wall</source>
        <translation>Jusqu’au mur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>At least %1</source>
        <translation>Au moins %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Size: %1 × %2</source>
        <translation>Dimensions : %1 × %2</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 &lt; %2</source>
        <comment>measured &lt; required</comment>
        <translation>%1 &lt; %2</translation>
    </message>
    <message>
        <source>Service clearance</source>
        <translation>Dégagement de service</translation>
    </message>
</context>
<context>
    <name>hectare::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The language changes the next time Hectare starts.</source>
        <translation>La langue sera modifiée au prochain démarrage de Hectare.</translation>
    </message>
</context>
<context>
    <name>hectare::ui::PriceBookDialog</name>
    <message>
        <source>Price Book</source>
        <translation>Grille tarifaire</translation>
    </message>
    <message>
        <source>What the prices include, where they come from…</source>
        <translation>Ce que comprennent les prix, leur origine…</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>This document is read-only: the price book can be read, not changed.</source>
        <translation>Ce document est en lecture seule : la grille tarifaire peut être consultée, mais pas modifiée.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#x202f;%</translation>
    </message>
    <message>
        <source>Added to the monthly charges each contract year, from the 13th month on</source>
        <translation>Ajoutée aux redevances mensuelles à chaque année de contrat, à partir du 13e mois</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How long a quote, and a reservation made from it, holds</source>
        <translation>Durée pendant laquelle un devis, et la réservation qui en découle, restent valables</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>no tacit renewal</source>
        <translation>pas de reconduction tacite</translation>
    </message>
    <message>
        <source>&amp;Illustrative prices (a sample, not a tariff)</source>
        <translation>Prix &amp;indicatifs (un exemple, pas un tarif)</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>&amp;VAT:</source>
        <translation>&amp;TVA :</translation>
    </message>
    <message>
        <source>Annual &amp;escalator:</source>
        <translation>Inde&amp;xation annuelle :</translation>
    </message>
    <message>
        <source>Quote va&amp;lidity:</source>
        <translation>&amp;Validité du devis :</translation>
    </message>
    <message>
        <source>Tacit &amp;renewal every:</source>
        <translation>&amp;Reconduction tacite tous les :</translation>
    </message>
    <message>
        <source>No&amp;tice before the end:</source>
        <translation>&amp;Préavis avant l’échéance :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Term discounts</source>
        <translation>Remises de durée</translation>
    </message>
    <message>
        <source>A&amp;dd item</source>
        <translation>Aj&amp;outer un article</translation>
    </message>
    <message>
        <source>Re&amp;move item</source>
        <translation>&amp;Supprimer l’article</translation>
    </message>
    <message>
        <source>Items (francs CFA, before VAT)</source>
        <translation>Articles (francs CFA, hors TVA)</translation>
    </message>
    <message>
        <source>Edit price book</source>
        <translation>Modifier la grille tarifaire</translation>
    </message>
</context>
<context>
    <name>hectare::ui::PriceItemTableModel</name>
    <message>
        <source>New item</source>
        <translation>Nouvel article</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>What quotes refer to: keep it when you rename the item</source>
        <translation>Ce à quoi les devis font référence : conservez-la si vous renommez l’article</translation>
    </message>
    <message>
        <source>Monthly recurring (MRC) or one-time (NRC)</source>
        <translation>Redevance mensuelle (récurrente) ou frais ponctuels (facturés une fois)</translation>
    </message>
    <message>
        <source>Whole francs CFA, before VAT; per month for a monthly item</source>
        <translation>Francs CFA entiers, hors TVA ; par mois pour un article mensuel</translation>
    </message>
    <message>
        <source>For committed power priced by density: the item applies above &quot;from&quot; and up to &quot;to&quot; kW per rack (0: no upper limit). Leave both at 0 for an item without a band.</source>
        <translation>Pour la puissance engagée tarifée selon la densité : l’article s’applique au-delà de la valeur « à partir de » et jusqu’à la valeur « jusqu’à », en kW par baie (0 : pas de limite supérieure). Laissez les deux à 0 pour un article sans tranche.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price (F CFA)</source>
        <translation>Prix unitaire (F CFA)</translation>
    </message>
    <message>
        <source>Band from (kW/rack)</source>
        <translation>Tranche à partir de (kW/baie)</translation>
    </message>
    <message>
        <source>Band to (kW/rack)</source>
        <translation>Tranche jusqu’à (kW/baie)</translation>
    </message>
    <message>
        <source>Price book, item &quot;%1&quot;: %2: cannot read &quot;%3&quot;</source>
        <translation>Grille tarifaire, article « %1 » : %2 : valeur « %3 » illisible</translation>
    </message>
    <message>
        <source>monthly (MRC)</source>
        <translation>mensuelle (redevance)</translation>
    </message>
    <message>
        <source>one-time (NRC)</source>
        <translation>ponctuelle (frais ponctuels)</translation>
    </message>
    <message>
        <source>rack</source>
        <translation>baie</translation>
    </message>
    <message>
        <source>half rack</source>
        <translation>demi-baie</translation>
    </message>
    <message>
        <source>quarter rack</source>
        <translation>quart de baie</translation>
    </message>
    <message>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>cross-connect</source>
        <translation>interconnexion</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>forfait</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>billed</source>
        <translation>facturation</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>prix unitaire</translation>
    </message>
    <message>
        <source>density band from (kW per rack)</source>
        <translation>tranche de densité à partir de (kW par baie)</translation>
    </message>
    <message>
        <source>density band to (kW per rack)</source>
        <translation>tranche de densité jusqu’à (kW par baie)</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ProspectTableModel</name>
    <message>
        <source>any hall</source>
        <translation>toute salle</translation>
    </message>
    <message>
        <source>from kW</source>
        <translation>selon kW</translation>
    </message>
    <message>
        <source>The hall it goes to; any hall: the one with the most free power when it signs</source>
        <translation>La salle où il s’installe ; toute salle : celle qui a le plus de puissance libre quand il signe</translation>
    </message>
    <message>
        <source>Racks it takes; 0: its kW at the scenario&apos;s design kW per new rack</source>
        <translation>Baies qu’il prend ; 0 : ses kW à la puissance de conception par nouvelle baie du scénario</translation>
    </message>
    <message>
        <source>Probability that it signs at all, 0 to 1</source>
        <translation>Probabilité qu’il signe, de 0 à 1</translation>
    </message>
    <message>
        <source>Expected month of signing, counted from the scenario&apos;s start</source>
        <translation>Mois de signature attendu, compté depuis le début du scénario</translation>
    </message>
    <message>
        <source>It signs up to this many months before or after (a triangle)</source>
        <translation>Il signe jusqu’à ce nombre de mois avant ou après (loi triangulaire)</translation>
    </message>
    <message>
        <source>Share of the committed kW drawn when it signs</source>
        <translation>Part de la puissance engagée consommée à la signature</translation>
    </message>
    <message>
        <source>Months until the full commitment is drawn</source>
        <translation>Mois jusqu’à la consommation de tout l’engagement</translation>
    </message>
    <message>
        <source>Expected draw as a share of the ramped commitment</source>
        <translation>Consommation attendue, en proportion de l’engagement après montée en charge</translation>
    </message>
    <message>
        <source>A and B feeds</source>
        <translation>Voies A et B</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Racks</source>
        <translation>Baies</translation>
    </message>
    <message>
        <source>Committed
kW</source>
        <translation>kW
engagés</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Sign
month</source>
        <translation>Mois de
signature</translation>
    </message>
    <message>
        <source>Spread
months</source>
        <translation>Écart
mois</translation>
    </message>
    <message>
        <source>Ramp
start %</source>
        <translation>Charge
initiale %</translation>
    </message>
    <message>
        <source>Ramp
months</source>
        <translation>Mois de
montée</translation>
    </message>
    <message>
        <source>Draw
ratio</source>
        <translation>Taux de
consommation</translation>
    </message>
    <message>
        <source>A+B</source>
        <translation>A+B</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>hall</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>racks</source>
        <translation>baies</translation>
    </message>
    <message>
        <source>committed kW</source>
        <translation>puissance engagée (kW)</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>probabilité</translation>
    </message>
    <message>
        <source>sign month</source>
        <translation>mois de signature</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>écart</translation>
    </message>
    <message>
        <source>ramp start</source>
        <translation>niveau de départ de la montée en charge</translation>
    </message>
    <message>
        <source>ramp months</source>
        <translation>durée de la montée en charge (mois)</translation>
    </message>
    <message>
        <source>draw ratio</source>
        <translation>taux de consommation</translation>
    </message>
    <message>
        <source>feeds</source>
        <translation>voies</translation>
    </message>
    <message>
        <source>Prospect &quot;%1&quot;: %2: cannot read &quot;%3&quot;</source>
        <translation>Prospect « %1 » : %2 : valeur « %3 » illisible</translation>
    </message>
    <message>
        <source>Change prospect &quot;%1&quot; %2</source>
        <translation>Modifier le prospect « %1 » : %2</translation>
    </message>
    <message>
        <source>The scenario cannot be changed</source>
        <translation>Le scénario ne peut pas être modifié</translation>
    </message>
    <message>
        <source>New prospect %1</source>
        <translation>Nouveau prospect %1</translation>
    </message>
    <message>
        <source>Add prospect &quot;%1&quot;</source>
        <translation>Ajouter le prospect « %1 »</translation>
    </message>
    <message>
        <source>Remove prospect &quot;%1&quot;</source>
        <translation>Supprimer le prospect « %1 »</translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuantityText</name>
    <message>
        <source>%1 %2</source>
        <comment>number and unit</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1&#x202f;%</translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteCommands</name>
    <message>
        <source>Issue and reserve quote %1</source>
        <translation>Émettre et réserver le devis %1</translation>
    </message>
    <message>
        <source>Issue quote %1</source>
        <translation>Émettre le devis %1</translation>
    </message>
    <message>
        <source>Reserve quote %1</source>
        <translation>Réserver le devis %1</translation>
    </message>
    <message>
        <source>Convert quote %1 (signed)</source>
        <translation>Convertir le devis %1 (signé)</translation>
    </message>
    <message>
        <source>Cancel quote %1</source>
        <translation>Annuler le devis %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteDialog</name>
    <message>
        <source>New Quote</source>
        <translation>Nouveau devis</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Price (F CFA, excluding VAT unless stated)</source>
        <translation>Prix (F CFA, hors TVA sauf mention contraire)</translation>
    </message>
    <message>
        <source>&amp;Issue Quote</source>
        <translation>Émettre le &amp;devis</translation>
    </message>
    <message>
        <source>Write the issued quote for the customer as a PDF</source>
        <translation>Écrire le devis émis pour le client au format PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Where it fits</source>
        <translation>Où le placer</translation>
    </message>
    <message>
        <source>Halls that cannot take it:</source>
        <translation>Salles qui ne peuvent pas l’accueillir :</translation>
    </message>
    <message>
        <source>A cage only: there are no rack positions to place.</source>
        <translation>Une cage seule : il n’y a aucun emplacement de baie à placer.</translation>
    </message>
    <message>
        <source>None: every hall can take it.</source>
        <translation>Aucune : toutes les salles peuvent l’accueillir.</translation>
    </message>
    <message>
        <source>Why %1 in &quot;%2&quot;:</source>
        <translation>Pourquoi %1 dans « %2 » :</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>The document is open read-only: quotes cannot be issued from this window.</source>
        <translation>Le document est ouvert en lecture seule : aucun devis ne peut être émis depuis cette fenêtre.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s name first.</source>
        <translation>Saisissez d’abord le nom du client.</translation>
    </message>
    <message>
        <source>The requirement cannot be priced: %1</source>
        <translation>Le besoin ne peut pas être chiffré : %1</translation>
    </message>
    <message>
        <source>No hall can take this requirement.</source>
        <translation>Aucune salle ne peut accueillir ce besoin.</translation>
    </message>
    <message>
        <source>Already issued as %1; change the requirement to issue another quote.</source>
        <translation>Déjà émis sous le numéro %1 ; modifiez le besoin pour émettre un autre devis.</translation>
    </message>
    <message>
        <source>A cage only holds no rack positions: issue the quote without reserving.</source>
        <translation>Une cage seule ne réserve aucun emplacement de baie : émettez le devis sans réservation.</translation>
    </message>
    <message>
        <source>Issue the quote for the selected positions; it holds nothing</source>
        <translation>Émettre le devis pour les emplacements sélectionnés ; il ne réserve rien</translation>
    </message>
    <message>
        <source>Issue the quote and hold its positions and kW until the end of its validity</source>
        <translation>Émettre le devis et réserver ses emplacements et ses kW jusqu’à la fin de sa validité</translation>
    </message>
    <message>
        <source>The quote was not issued</source>
        <translation>Le devis n’a pas été émis</translation>
    </message>
    <message>
        <source>Quote %1 issued; its positions and kW are held until %2.</source>
        <translation>Devis %1 émis ; ses emplacements et ses kW sont réservés jusqu’au %2.</translation>
    </message>
    <message>
        <source>Quote %1 issued, valid until %2.</source>
        <translation>Devis %1 émis, valable jusqu’au %2.</translation>
    </message>
    <message>
        <source>Save the quote as PDF</source>
        <translation>Enregistrer le devis en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation>Le PDF n’a pas été enregistré</translation>
    </message>
    <message>
        <source>Quote %1 saved as %2.</source>
        <translation>Devis %1 enregistré sous %2.</translation>
    </message>
    <message>
        <source>Issue &amp;and Reserve</source>
        <translation>Émettre et &amp;réserver</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>Enregistrer le &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteForecast</name>
    <message>
        <source>Cancel Forecast</source>
        <translation>Annuler la prévision</translation>
    </message>
    <message>
        <source>Run the base growth scenario again (%1 runs) and check the term against it</source>
        <translation>Relancer le scénario de croissance de base (%1 simulations) et vérifier la durée au regard de celui-ci</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>Running the forecast of scenario &quot;%1&quot; (%2 runs)…</source>
        <translation>Prévision du scénario « %1 » en cours (%2 simulations)…</translation>
    </message>
    <message>
        <source>Forecast of scenario &quot;%1&quot; ready (%2 runs).</source>
        <translation>Prévision du scénario « %1 » prête (%2 simulations).</translation>
    </message>
    <message>
        <source>Forecast cancelled.</source>
        <translation>Prévision annulée.</translation>
    </message>
    <message>
        <source>The forecast failed: %1</source>
        <translation>La prévision a échoué : %1</translation>
    </message>
    <message>
        <source>The site has no growth scenario to forecast with.</source>
        <translation>Le site n’a aucun scénario de croissance sur lequel fonder une prévision.</translation>
    </message>
    <message>
        <source>Today only; forecast running…</source>
        <translation>Aujourd’hui seulement ; prévision en cours…</translation>
    </message>
    <message>
        <source>Today and over the term, against the forecast of scenario &quot;%1&quot;: a hall is refused when the median (P50) demand leaves no room, warned when the P90 demand does not.</source>
        <translation>Aujourd’hui et sur toute la durée, au regard de la prévision du scénario « %1 » : une salle est refusée quand la demande médiane (P50) ne laisse pas de place, et signalée quand la demande P90 n’en laisse pas.</translation>
    </message>
    <message>
        <source>Today only: the forecast was cancelled. Refresh the forecast to check the term.</source>
        <translation>Aujourd’hui seulement : la prévision a été annulée. Actualisez la prévision pour vérifier la durée.</translation>
    </message>
    <message>
        <source>Today only: the forecast failed (%1).</source>
        <translation>Aujourd’hui seulement : la prévision a échoué (%1).</translation>
    </message>
    <message>
        <source>Today only: the site has no growth scenario.</source>
        <translation>Aujourd’hui seulement : le site n’a aucun scénario de croissance.</translation>
    </message>
    <message>
        <source>Today only.</source>
        <translation>Aujourd’hui seulement.</translation>
    </message>
    <message>
        <source>R&amp;efresh Forecast</source>
        <translation>Actualis&amp;er la prévision</translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteLinesModel</name>
    <message>
        <source>Billed every month of the term</source>
        <translation>Facturé chaque mois de la durée</translation>
    </message>
    <message>
        <source>Billed once, at the start</source>
        <translation>Facturé une seule fois, au début</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuotePositions</name>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n emplacement</numerusform>
            <numerusform>%n emplacements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuotePricePanel</name>
    <message>
        <source>Monthly charges:</source>
        <translation>Redevances mensuelles :</translation>
    </message>
    <message>
        <source>Term discount:</source>
        <translation>Remise de durée :</translation>
    </message>
    <message>
        <source>Net monthly, year 1:</source>
        <translation>Redevance mensuelle nette, année 1 :</translation>
    </message>
    <message>
        <source>By contract year:</source>
        <translation>Par année de contrat :</translation>
    </message>
    <message>
        <source>One-time charges:</source>
        <translation>Frais ponctuels :</translation>
    </message>
    <message>
        <source>Total excl. VAT, whole term:</source>
        <translation>Total HT, toute la durée :</translation>
    </message>
    <message>
        <source>VAT:</source>
        <translation>TVA :</translation>
    </message>
    <message>
        <source>Total incl. VAT:</source>
        <translation>Total TTC :</translation>
    </message>
    <message>
        <source>EUR equivalent:</source>
        <translation>Équivalent en euros :</translation>
    </message>
    <message>
        <source>Per committed kW:</source>
        <translation>Par kW engagé :</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Devis :</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 par mois</translation>
    </message>
    <message>
        <source>%1 (%2) per month</source>
        <translation>%1 (%2) par mois</translation>
    </message>
    <message numerus="yes">
        <source>None for %n month(s)</source>
        <translation>
            <numerusform>Aucune pour %n mois</numerusform>
            <numerusform>Aucune pour %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Year %1: %2 × %3 = %4</source>
        <translation>Année %1 : %2 × %3 = %4</translation>
    </message>
    <message>
        <source>Recurring, whole term: %1</source>
        <translation>Redevances, toute la durée : %1</translation>
    </message>
    <message>
        <source>Monthly charges rise by %1 each contract year from the 13th month</source>
        <translation>Les redevances mensuelles augmentent de %1 à chaque année de contrat à partir du 13e mois</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>revenue %1, margin %2 per kW per month (net of discount, year 1)</source>
        <translation>revenu %1, marge %2 par kW et par mois (remise déduite, année 1)</translation>
    </message>
    <message>
        <source>Give a cost per kW to see the margin</source>
        <translation>Indiquez un coût par kW pour voir la marge</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, valable jusqu’au %2</translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteRequirementForm</name>
    <message>
        <source>Company name, as on the quote</source>
        <translation>Raison sociale, telle qu’elle figurera sur le devis</translation>
    </message>
    <message>
        <source>The language of the quote&apos;s PDF, for the customer</source>
        <translation>La langue du PDF du devis, destiné au client</translation>
    </message>
    <message>
        <source>Full rack positions; 0 for a cage only</source>
        <translation>Emplacements de baie complète ; 0 pour une cage seule</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Power committed to each rack, billed per kW</source>
        <translation>Puissance engagée pour chaque baie, facturée au kW</translation>
    </message>
    <message>
        <source>A and B power feeds</source>
        <translation>Voies d’alimentation A et B</translation>
    </message>
    <message>
        <source>Every rack fed from path A and from path B</source>
        <translation>Chaque baie alimentée par la voie A et par la voie B</translation>
    </message>
    <message>
        <source> kg</source>
        <translation> kg</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>Loaded weight of one rack; positions and floors that cannot bear it are left out</source>
        <translation>Poids d’une baie équipée ; les emplacements et les planchers qui ne peuvent pas le supporter sont exclus</translation>
    </message>
    <message>
        <source> m²</source>
        <translation> m²</translation>
    </message>
    <message>
        <source>No cage</source>
        <translation>Sans cage</translation>
    </message>
    <message>
        <source>Floor area of a private cage around the racks, priced per m²</source>
        <translation>Surface au sol d’une cage privative autour des baies, tarifée au m²</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>A block of remote hands hours bought with the contract</source>
        <translation>Un forfait d’heures d’assistance sur site acheté avec le contrat</translation>
    </message>
    <message>
        <source> F CFA</source>
        <translation> F CFA</translation>
    </message>
    <message>
        <source>What one kW costs the site for a month (power, cooling, space): gives the margin per kW; not on the customer&apos;s quote</source>
        <translation>Ce que coûte un kW au site pendant un mois (énergie, refroidissement, espace) : donne la marge par kW ; ne figure pas sur le devis du client</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;PDF language:</source>
        <translation>&amp;Langue du PDF :</translation>
    </message>
    <message>
        <source>Racks and power</source>
        <translation>Baies et puissance</translation>
    </message>
    <message>
        <source>&amp;Racks:</source>
        <translation>&amp;Baies :</translation>
    </message>
    <message>
        <source>&amp;kW per rack:</source>
        <translation>&amp;kW par baie :</translation>
    </message>
    <message>
        <source>&amp;Weight per rack:</source>
        <translation>P&amp;oids par baie :</translation>
    </message>
    <message>
        <source>Ca&amp;ge:</source>
        <translation>Ca&amp;ge :</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Mi&amp;se en service :</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>&amp;Fibre cross-connects:</source>
        <translation>Interconnexions &amp;fibre :</translation>
    </message>
    <message>
        <source>C&amp;opper cross-connects:</source>
        <translation>Interconnexions cui&amp;vre :</translation>
    </message>
    <message>
        <source>Remote &amp;hands:</source>
        <translation>&amp;Assistance sur site :</translation>
    </message>
    <message>
        <source>Margin (internal)</source>
        <translation>Marge (interne)</translation>
    </message>
    <message>
        <source>%1 kW committed in all</source>
        <translation>%1 kW engagés au total</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s): %1 off</source>
        <translation>
            <numerusform>%n mois : %1 de remise</numerusform>
            <numerusform>%n mois : %1 de remise</numerusform>
        </translation>
    </message>
    <message>
        <source>Length of the contract, 1 to %1 months</source>
        <translation>Durée du contrat, de 1 à %1 mois</translation>
    </message>
    <message>
        <source>Length of the contract, 1 to %1 months. Term discounts: %2</source>
        <translation>Durée du contrat, de 1 à %1 mois. Remises de durée : %2</translation>
    </message>
    <message>
        <source>Cost per kW per &amp;month:</source>
        <translation>Coût par kW et par &amp;mois :</translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteShortage</name>
    <message numerus="yes">
        <source>%n position(s)</source>
        <translation>
            <numerusform>%n emplacement</numerusform>
            <numerusform>%n emplacements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message numerus="yes">
        <source>No hall can take %n rack(s) of %1 kW (%2 kW in all).</source>
        <translation>
            <numerusform>Aucune salle ne peut accueillir %n baie de %1 kW (%2 kW au total).</numerusform>
            <numerusform>Aucune salle ne peut accueillir %n baies de %1 kW (%2 kW au total).</numerusform>
        </translation>
    </message>
    <message>
        <source>No hall is built and in service by the start date.</source>
        <translation>Aucune salle n’est construite et en exploitation à la date de mise en service.</translation>
    </message>
    <message>
        <source> (forecast, from month %1 of the term)</source>
        <translation> (prévision, à partir du mois %1 de la durée)</translation>
    </message>
    <message>
        <source>Each hall lacks something different; the list below says what.</source>
        <translation>Chaque salle manque de quelque chose de différent ; la liste ci-dessous précise quoi.</translation>
    </message>
    <message>
        <source>%1: short in every hall; the closest, &quot;%2&quot;, has %3 of the %4 needed, short by %5</source>
        <translation>%1 : aucune salle n’en a assez ; la plus proche, « %2 », dispose de %3 sur les %4 nécessaires, il manque %5</translation>
    </message>
</context>
<context>
    <name>hectare::ui::QuoteTableModel</name>
    <message>
        <source>does not add up</source>
        <translation>non calculable</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>Holds its positions and kW until the end of %1</source>
        <translation>Réserve ses emplacements et ses kW jusqu’à la fin du %1</translation>
    </message>
    <message>
        <source>Its validity ended on %1: it holds nothing, and the file records it as expired at its next change</source>
        <translation>Sa validité a pris fin le %1 : il ne réserve plus rien, et le fichier l’enregistrera comme expiré à sa prochaine modification</translation>
    </message>
    <message>
        <source>Priced and sent: holds nothing until reserved</source>
        <translation>Chiffré et envoyé : ne bloque rien tant qu’il n’est pas réservé</translation>
    </message>
    <message>
        <source>Committed kW: racks × kW per rack</source>
        <translation>kW engagés : baies × kW par baie</translation>
    </message>
    <message>
        <source>Over the whole term: one-time and monthly charges, discount, escalator and VAT</source>
        <translation>Sur toute la durée : frais ponctuels et redevances mensuelles, remise, indexation et TVA</translation>
    </message>
    <message>
        <source>Days until the quote, and its hold, lapse</source>
        <translation>Jours restants avant l’expiration du devis et de sa réservation</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Total incl. VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>hectare::ui::RackItem</name>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Client : %1</translation>
    </message>
    <message>
        <source>Design: %1</source>
        <translation>Puissance de conception : %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::RackPropertiesPanel</name>
    <message>
        <source>Location:</source>
        <translation>Localisation :</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Dimensions :</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Client :</translation>
    </message>
    <message>
        <source>&amp;Design power:</source>
        <translation>&amp;Puissance de conception :</translation>
    </message>
    <message>
        <source>Feed &amp;A:</source>
        <translation>Voie &amp;A :</translation>
    </message>
    <message>
        <source>Feed &amp;B:</source>
        <translation>Voie &amp;B :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>No rack selected</source>
        <translation>Aucune baie sélectionnée</translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation>Baie %1</translation>
    </message>
    <message>
        <source>Hall %1, row %2</source>
        <translation>Salle %1, rangée %2</translation>
    </message>
    <message>
        <source>%1 × %2 mm, %3 U, up to %4 kg</source>
        <translation>%1 × %2 mm, %3 U, jusqu’à %4 kg</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ReliabilityAnalysis</name>
    <message>
        <source>the site has no power or cooling plant to check</source>
        <translation>le site n’a aucune installation d’alimentation ou de refroidissement à vérifier</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ReservationsPanel</name>
    <message>
        <source>&amp;Live holds only</source>
        <translation>Réservations &amp;en cours uniquement</translation>
    </message>
    <message>
        <source>Show only the reserved quotes that hold positions and kW today</source>
        <translation>Afficher uniquement les devis réservés qui bloquent des emplacements et des kW aujourd’hui</translation>
    </message>
    <message>
        <source>&amp;Reserve</source>
        <translation>&amp;Réserver</translation>
    </message>
    <message>
        <source>Hold the quote&apos;s positions and kW until the end of its validity</source>
        <translation>Réserver les emplacements et les kW du devis jusqu’à la fin de sa validité</translation>
    </message>
    <message>
        <source>Co&amp;nvert (signed)</source>
        <translation>C&amp;onvertir (signé)</translation>
    </message>
    <message>
        <source>The customer signed: create the contract and occupy the positions</source>
        <translation>Le client a signé : créer le contrat et occuper les emplacements</translation>
    </message>
    <message>
        <source>&amp;Cancel quote</source>
        <translation>A&amp;nnuler le devis</translation>
    </message>
    <message>
        <source>Withdraw the quote and release what it holds</source>
        <translation>Retirer le devis et libérer ce qu’il réserve</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <source>No quotes yet in this document</source>
        <translation>Aucun devis pour l’instant dans ce document</translation>
    </message>
    <message>
        <source>No quote holds positions today</source>
        <translation>Aucun devis ne réserve d’emplacements aujourd’hui</translation>
    </message>
    <message>
        <source>Save PDF or CSV…</source>
        <translation>Enregistrer en PDF ou CSV…</translation>
    </message>
    <message>
        <source>Write the quote for the customer as a PDF, or its lines and totals as CSV</source>
        <translation>Écrire le devis pour le client en PDF, ou ses lignes et totaux en CSV</translation>
    </message>
    <message>
        <source>Save the quote</source>
        <translation>Enregistrer le devis</translation>
    </message>
    <message>
        <source>PDF files (*.pdf);;CSV files (*.csv)</source>
        <translation>Fichiers PDF (*.pdf);;Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>hectare::ui::RowDialog</name>
    <message>
        <source>0° (runs to the right)</source>
        <translation>0° (vers la droite)</translation>
    </message>
    <message>
        <source>90° (runs down)</source>
        <translation>90° (vers le bas)</translation>
    </message>
    <message>
        <source>180° (runs to the left)</source>
        <translation>180° (vers la gauche)</translation>
    </message>
    <message>
        <source>270° (runs up)</source>
        <translation>270° (vers le haut)</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Ajouter une rangée</translation>
    </message>
    <message>
        <source>&amp;Positions:</source>
        <translation>&amp;Emplacements :</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Rack &amp;width:</source>
        <translation>&amp;Largeur des baies :</translation>
    </message>
    <message>
        <source>Rack &amp;depth:</source>
        <translation>&amp;Profondeur des baies :</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>Design &amp;power per rack:</source>
        <translation>Puissance de &amp;conception par baie :</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
</context>
<context>
    <name>hectare::ui::RowPropertiesDialog</name>
    <message>
        <source>Row Properties</source>
        <translation>Propriétés de la rangée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>In front of the racks</source>
        <translation>Devant les baies</translation>
    </message>
    <message>
        <source>Behind the racks</source>
        <translation>Derrière les baies</translation>
    </message>
    <message>
        <source>&amp;Cold aisle:</source>
        <translation>&amp;Allée froide :</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenarioChart</name>
    <message>
        <source>unit %1</source>
        <translation>unité %1</translation>
    </message>
    <message>
        <source>Hours from the start of the scenario</source>
        <translation>Heures depuis le début du scénario</translation>
    </message>
    <message>
        <source>IT load carried (kW)</source>
        <translation>Charge IT alimentée (kW)</translation>
    </message>
    <message>
        <source>Fuel left (h)</source>
        <translation>Carburant restant (h)</translation>
    </message>
    <message>
        <source>Minutes left</source>
        <translation>Minutes restantes</translation>
    </message>
    <message>
        <source>Replay a failure scenario to see its timeline.</source>
        <translation>Rejouez un scénario de défaillance pour voir sa chronologie.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>scenario — load basis</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Fuel left (h, right axis)</source>
        <translation>Carburant restant (h, axe de droite)</translation>
    </message>
    <message>
        <source>UPS battery left, lowest path (min)</source>
        <translation>Batterie d’onduleur restante, voie la plus basse (min)</translation>
    </message>
    <message>
        <source>Thermal ride-through left, lowest hall (min)</source>
        <translation>Autonomie thermique restante, salle la plus basse (min)</translation>
    </message>
    <message>
        <source>Grid lost</source>
        <translation>Perte du réseau</translation>
    </message>
    <message>
        <source>Grid back</source>
        <translation>Retour du réseau</translation>
    </message>
    <message>
        <source>%1 fails</source>
        <translation>%1 : panne</translation>
    </message>
    <message>
        <source>%1 repaired</source>
        <translation>%1 : réparation</translation>
    </message>
    <message>
        <source>%1 into maintenance</source>
        <translation>%1 : mise en maintenance</translation>
    </message>
    <message>
        <source>%1 back from maintenance</source>
        <translation>%1 : fin de maintenance</translation>
    </message>
    <message>
        <source>%1 fails to start</source>
        <translation>%1 : échec au démarrage</translation>
    </message>
    <message>
        <source>Inlet rise (% of limit)</source>
        <translation>Hausse à l&apos;entrée (% de la limite)</translation>
    </message>
    <message>
        <source>Inlet temperature rise, hottest hall (% of its limit, right axis)</source>
        <translation>Hausse de température à l&apos;entrée, salle la plus chaude (% de sa limite, axe de droite)</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenarioCommands</name>
    <message>
        <source>Add scenario &quot;%1&quot;</source>
        <translation>Ajouter le scénario « %1 »</translation>
    </message>
    <message>
        <source>Duplicate scenario &quot;%1&quot;</source>
        <translation>Dupliquer le scénario « %1 »</translation>
    </message>
    <message>
        <source>Remove scenario &quot;%1&quot;</source>
        <translation>Supprimer le scénario « %1 »</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenarioListModel</name>
    <message>
        <source>Rename scenario &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renommer le scénario « %1 » en « %2 »</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenarioLossesModel</name>
    <message>
        <source>Power</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refroidissement</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Loses</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>From (h:min:s)</source>
        <translation>De (h:min:s)</translation>
    </message>
    <message>
        <source>To (h:min:s)</source>
        <translation>À (h:min:s)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>IT kW</source>
        <translation>kW IT</translation>
    </message>
    <message>
        <source>Why (chain of causes)</source>
        <translation>Pourquoi (chaîne de causes)</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenarioPanel</name>
    <message>
        <source>The failure scenarios stored in the document</source>
        <translation>Les scénarios de défaillance enregistrés dans le document</translation>
    </message>
    <message>
        <source>Contracted: the kW the tenants have signed for. Design: every position at its design kW.</source>
        <translation>Contractuelle : les kW souscrits par les clients. Conception : chaque emplacement à ses kW de conception.</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Rejouer</translation>
    </message>
    <message>
        <source>Replay the scenario over the site as it is now</source>
        <translation>Rejouer le scénario sur le site dans son état actuel</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Scénario :</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>Charge :</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Aucun document</translation>
    </message>
    <message>
        <source>This document has no failure scenarios yet. A failure scenario replays grid outages, failures and maintenance over the site and shows which racks lose power or cooling.</source>
        <translation>Ce document ne contient encore aucun scénario de défaillance. Un scénario de défaillance rejoue des coupures du réseau, des pannes et des maintenances sur le site et montre quelles baies perdent l’alimentation ou le refroidissement.</translation>
    </message>
    <message>
        <source>The scenario cannot be replayed: %1</source>
        <translation>Le scénario ne peut pas être rejoué : %1</translation>
    </message>
    <message>
        <source>No rack loses power or cooling over the %1 h of this scenario.</source>
        <translation>Aucune baie ne perd l’alimentation ni le refroidissement pendant les %1 h de ce scénario.</translation>
    </message>
    <message numerus="yes">
        <source>%n loss(es) of power or cooling; %1 kWh of IT load dropped. Select a loss to see its racks on the plan.</source>
        <translation>
            <numerusform>%n perte d’alimentation ou de refroidissement ; %1 kWh de charge IT perdus. Sélectionnez une perte pour voir ses baies sur le plan.</numerusform>
            <numerusform>%n pertes d’alimentation ou de refroidissement ; %1 kWh de charge IT perdus. Sélectionnez une perte pour voir ses baies sur le plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a failure scenario</source>
        <translation>Créer un scénario de défaillance</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the chosen failure scenario</source>
        <translation>Modifier le scénario de défaillance choisi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the chosen failure scenario</source>
        <translation>Supprimer le scénario de défaillance choisi</translation>
    </message>
    <message>
        <source>New Failure Scenario</source>
        <translation>Nouveau scénario de défaillance</translation>
    </message>
    <message>
        <source>Edit Failure Scenario</source>
        <translation>Modifier le scénario de défaillance</translation>
    </message>
    <message>
        <source>Delete Failure Scenario</source>
        <translation>Supprimer le scénario de défaillance</translation>
    </message>
    <message>
        <source>Delete the failure scenario &quot;%1&quot;? Undo brings it back.</source>
        <translation>Supprimer le scénario de défaillance &quot;%1&quot; ? Annuler le rétablit.</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenarioSettingsForm</name>
    <message>
        <source>The report date: month 0 of the scenario</source>
        <translation>La date du rapport : le mois 0 du scénario</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>Horizon:</source>
        <translation>Horizon :</translation>
    </message>
    <message>
        <source>horizon</source>
        <translation>horizon</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Growth of existing tenants:</source>
        <translation>Croissance des clients existants :</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>croissance</translation>
    </message>
    <message>
        <source> % per year</source>
        <translation> % par an</translation>
    </message>
    <message>
        <source>Not renewed at term:</source>
        <translation>Non-renouvellement à l’échéance :</translation>
    </message>
    <message>
        <source>non-renewal probability</source>
        <translation>probabilité de non-renouvellement</translation>
    </message>
    <message>
        <source>Probability that a contract is not renewed when its term ends, 0 to 1</source>
        <translation>Probabilité qu’un contrat ne soit pas renouvelé à son échéance, de 0 à 1</translation>
    </message>
    <message>
        <source>Early exits:</source>
        <translation>Départs anticipés :</translation>
    </message>
    <message>
        <source>early exit per year</source>
        <translation>départs anticipés par an</translation>
    </message>
    <message>
        <source> per year</source>
        <translation> par an</translation>
    </message>
    <message>
        <source>Probability per year that a tenant leaves before its term ends, 0 to 1</source>
        <translation>Probabilité annuelle qu’un client parte avant son échéance, de 0 à 1</translation>
    </message>
    <message>
        <source>Design kW of a new rack:</source>
        <translation>Puissance de conception d’une nouvelle baie :</translation>
    </message>
    <message>
        <source>design kW per new rack</source>
        <translation>puissance de conception par nouvelle baie</translation>
    </message>
    <message>
        <source> kW</source>
        <translation> kW</translation>
    </message>
    <message>
        <source>site average</source>
        <translation>moyenne du site</translation>
    </message>
    <message>
        <source>Density growth:</source>
        <translation>Croissance de la densité :</translation>
    </message>
    <message>
        <source>density growth</source>
        <translation>croissance de la densité</translation>
    </message>
    <message>
        <source>Growth of the design kW of new racks</source>
        <translation>Croissance de la puissance de conception des nouvelles baies</translation>
    </message>
    <message>
        <source>Default lead time:</source>
        <translation>Délai de réalisation par défaut :</translation>
    </message>
    <message>
        <source>default lead time</source>
        <translation>délai de réalisation par défaut</translation>
    </message>
    <message>
        <source>Lead time used for the decision date when no expansion is planned for a resource</source>
        <translation>Délai utilisé pour la date de décision quand aucune extension n’est prévue pour une ressource</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>Change %1 of scenario &quot;%2&quot;</source>
        <translation>Modifier « %1 » du scénario « %2 »</translation>
    </message>
</context>
<context>
    <name>hectare::ui::ScenariosPanel</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Suppri&amp;mer</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>&amp;Add prospect</source>
        <translation>&amp;Ajouter un prospect</translation>
    </message>
    <message>
        <source>Remove prospect</source>
        <translation>Supprimer le prospect</translation>
    </message>
    <message>
        <source>&amp;Add expansion</source>
        <translation>&amp;Ajouter une extension</translation>
    </message>
    <message>
        <source>Remove expansion</source>
        <translation>Supprimer l’extension</translation>
    </message>
    <message>
        <source>&amp;Add tenant</source>
        <translation>&amp;Ajouter un client</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>Retirer le client</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Expansions</source>
        <translation>Extensions</translation>
    </message>
    <message>
        <source>Tenant growth</source>
        <translation>Croissance par client</translation>
    </message>
    <message>
        <source>New scenario %1</source>
        <translation>Nouveau scénario %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::SiteTreeModel</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rangée %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::TablePanel</name>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
</context>
<context>
    <name>hectare::ui::TenantCommands</name>
    <message>
        <source>Edit tenant %1</source>
        <translation>Modifier le client %1</translation>
    </message>
    <message>
        <source>Add tenant %1</source>
        <translation>Ajouter le client %1</translation>
    </message>
    <message>
        <source>Remove tenant %1</source>
        <translation>Supprimer le client %1</translation>
    </message>
    <message>
        <source>Add contract for %1</source>
        <translation>Ajouter un contrat pour %1</translation>
    </message>
    <message>
        <source>Remove contract of %1</source>
        <translation>Supprimer le contrat de %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::TenantGrowthTableModel</name>
    <message>
        <source>tenant #%1</source>
        <translation>client n° %1</translation>
    </message>
    <message>
        <source>Growth of the tenant&apos;s draw, % per year, instead of the scenario&apos;s default</source>
        <translation>Croissance de la consommation du client, en % par an, au lieu de celle du scénario</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Growth
% per year</source>
        <translation>Croissance
% par an</translation>
    </message>
    <message>
        <source>Change the tenant of the growth rate of &quot;%1&quot;</source>
        <translation>Changer le client du taux de croissance de « %1 »</translation>
    </message>
    <message>
        <source>Change growth of tenant &quot;%1&quot;</source>
        <translation>Modifier la croissance du client « %1 »</translation>
    </message>
    <message>
        <source>Growth of tenant &quot;%1&quot;: cannot read &quot;%2&quot;</source>
        <translation>Croissance du client « %1 » : valeur « %2 » illisible</translation>
    </message>
    <message>
        <source>The scenario cannot be changed</source>
        <translation>Le scénario ne peut pas être modifié</translation>
    </message>
    <message>
        <source>Scenario &quot;%1&quot;</source>
        <translation>Scénario « %1 »</translation>
    </message>
    <message>
        <source>every tenant already has a growth rate of its own</source>
        <translation>chaque client a déjà son propre taux de croissance</translation>
    </message>
    <message>
        <source>Set growth of tenant &quot;%1&quot;</source>
        <translation>Définir la croissance du client « %1 »</translation>
    </message>
    <message>
        <source>Remove growth of tenant &quot;%1&quot;</source>
        <translation>Supprimer la croissance du client « %1 »</translation>
    </message>
</context>
<context>
    <name>hectare::ui::TenantTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Racks
held</source>
        <translation>Baies
détenues</translation>
    </message>
    <message>
        <source>Committed
kW</source>
        <translation>kW
engagés</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Rack positions occupied or reserved by the tenant</source>
        <translation>Emplacements de baie occupés ou réservés par le client</translation>
    </message>
    <message>
        <source>Committed kW of the tenant&apos;s signed and active contracts that have not ended</source>
        <translation>Puissance engagée (kW) des contrats signés et actifs du client qui ne sont pas arrivés à échéance</translation>
    </message>
    <message>
        <source>Contracts of the tenant, whatever their status</source>
        <translation>Contrats du client, quel que soit leur état</translation>
    </message>
    <message>
        <source>Rename tenant &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renommer le client « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>Change sector of tenant &quot;%1&quot;</source>
        <translation>Modifier le secteur du client « %1 »</translation>
    </message>
    <message>
        <source>Change contact of tenant &quot;%1&quot;</source>
        <translation>Modifier le contact du client « %1 »</translation>
    </message>
</context>
<context>
    <name>hectare::ui::TenantsPanel</name>
    <message>
        <source>&amp;Add tenant</source>
        <translation>&amp;Ajouter un client</translation>
    </message>
    <message>
        <source>&amp;Remove tenant</source>
        <translation>&amp;Supprimer le client</translation>
    </message>
    <message>
        <source>New tenant %1</source>
        <translation>Nouveau client %1</translation>
    </message>
</context>
<context>
    <name>hectare::ui::TermDiscountTableModel</name>
    <message>
        <source>The discount applies to terms of at least this many months</source>
        <translation>La remise s’applique aux durées d’au moins ce nombre de mois</translation>
    </message>
    <message>
        <source>Off the monthly recurring charges; a longer term must not get less</source>
        <translation>Déduite des redevances mensuelles ; une durée plus longue ne doit pas obtenir moins</translation>
    </message>
    <message>
        <source>From (months)</source>
        <translation>À partir de (mois)</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Price book, term discount from %1 months: %2: cannot read &quot;%3&quot;</source>
        <translation>Grille tarifaire, remise de durée à partir de %1 mois : %2 : valeur « %3 » illisible</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>remise</translation>
    </message>
</context>
<context>
    <name>hectare::ui::Tier3FindingText</name>
    <message>
        <source>Path through %1 (side %2)</source>
        <translation>Voie par %1 (côté %2)</translation>
    </message>
    <message>
        <source>Side %1 (all of its paths)</source>
        <translation>Côté %1 (toutes ses voies)</translation>
    </message>
    <message>
        <source>component %1</source>
        <translation>composant %1</translation>
    </message>
    <message numerus="yes">
        <source>%n load(s)</source>
        <translation>
            <numerusform>%n charge</numerusform>
            <numerusform>%n charges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s)</source>
        <translation>
            <numerusform>%n baie</numerusform>
            <numerusform>%n baies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1 : %2, %3</translation>
    </message>
    <message>
        <source>power and cooling</source>
        <translation>alimentation et refroidissement</translation>
    </message>
    <message>
        <source>cooling</source>
        <translation>refroidissement</translation>
    </message>
    <message>
        <source>power</source>
        <translation>alimentation</translation>
    </message>
    <message>
        <source>single-corded only: a point-of-use transfer switch to the other side would carry it</source>
        <translation>simple alimentation uniquement : un commutateur de transfert local vers l’autre côté la reprendrait</translation>
    </message>
</context>
<context>
    <name>hectare::ui::Tier3FindingsModel</name>
    <message>
        <source>Generators</source>
        <translation>Groupes électrogènes</translation>
    </message>
    <message>
        <source>Fuel tanks</source>
        <translation>Cuves de carburant</translation>
    </message>
    <message numerus="yes">
        <source>Maintenance violations (%n)</source>
        <translation>
            <numerusform>Violation en maintenance (%n)</numerusform>
            <numerusform>Violations en maintenance (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Single points of failure (%n)</source>
        <translation>
            <numerusform>Point de défaillance unique (%n)</numerusform>
            <numerusform>Points de défaillance uniques (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Single-corded loads (%n)</source>
        <translation>
            <numerusform>Charge en simple alimentation (%n)</numerusform>
            <numerusform>Charges en simple alimentation (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Groups short with every unit in (%n)</source>
        <translation>
            <numerusform>Groupe insuffisant même avec toutes ses unités en service (%n)</numerusform>
            <numerusform>Groupes insuffisants même avec toutes leurs unités en service (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Generators N+1: passed</source>
        <translation>Groupes électrogènes N+1 : conforme</translation>
    </message>
    <message>
        <source>Generators N+1: failed</source>
        <translation>Groupes électrogènes N+1 : non conforme</translation>
    </message>
    <message>
        <source>Fuel autonomy: passed</source>
        <translation>Autonomie en carburant : conforme</translation>
    </message>
    <message>
        <source>Fuel autonomy: failed</source>
        <translation>Autonomie en carburant : non conforme</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>Charges coupées</translation>
    </message>
    <message>
        <source>kW</source>
        <translation>kW</translation>
    </message>
    <message>
        <source>Loses</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>hectare::ui::Tier3Panel</name>
    <message>
        <source>Check at the contracted load (committed and reserved kW), or with every position at its design kW</source>
        <translation>Vérifier à la charge contractuelle (kW engagés et réservés), ou avec chaque emplacement à ses kW de conception</translation>
    </message>
    <message>
        <source>&amp;Load:</source>
        <translation>&amp;Charge :</translation>
    </message>
    <message>
        <source>Show on &amp;plan</source>
        <translation>Afficher sur le &amp;plan</translation>
    </message>
    <message>
        <source>Select on the hall plan the racks this finding would drop (Enter)</source>
        <translation>Sélectionner sur le plan de la salle les baies que ce constat couperait (Entrée)</translation>
    </message>
</context>
<context>
    <name>hectare::ui::Tier3Verdict</name>
    <message>
        <source>No document open</source>
        <translation>Aucun document ouvert</translation>
    </message>
    <message>
        <source>Tier III not checked: %1</source>
        <translation>Tier III non vérifié : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n maintenance violation(s)</source>
        <translation>
            <numerusform>%n violation en maintenance</numerusform>
            <numerusform>%n violations en maintenance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) short with every unit in</source>
        <translation>
            <numerusform>%n groupe insuffisant même avec toutes ses unités en service</numerusform>
            <numerusform>%n groupes insuffisants même avec toutes leurs unités en service</numerusform>
        </translation>
    </message>
    <message>
        <source>generators not N+1</source>
        <translation>groupes électrogènes non N+1</translation>
    </message>
    <message>
        <source>no generators</source>
        <translation>aucun groupe électrogène</translation>
    </message>
    <message>
        <source>fuel under %1 h at full load</source>
        <translation>autonomie en carburant inférieure à %1 h à pleine charge</translation>
    </message>
    <message numerus="yes">
        <source>%n single-corded exposure(s)</source>
        <translation>
            <numerusform>%n charge exposée en simple alimentation</numerusform>
            <numerusform>%n charges exposées en simple alimentation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n single point(s) of failure</source>
        <translation>
            <numerusform>%n point de défaillance unique</numerusform>
            <numerusform>%n points de défaillance uniques</numerusform>
        </translation>
    </message>
    <message>
        <source>Passes Tier III at design load (as of %1)</source>
        <translation>Conforme au Tier III à la charge de conception (au %1)</translation>
    </message>
    <message>
        <source>Passes Tier III at contracted load (as of %1)</source>
        <translation>Conforme au Tier III à la charge contractuelle (au %1)</translation>
    </message>
    <message>
        <source>Fails Tier III at design load (as of %1): %2</source>
        <translation>Non conforme au Tier III à la charge de conception (au %1) : %2</translation>
    </message>
    <message>
        <source>Fails Tier III at contracted load (as of %1): %2</source>
        <translation>Non conforme au Tier III à la charge contractuelle (au %1) : %2</translation>
    </message>
    <message>
        <source>(no position carries load at design load)</source>
        <translation>(aucun emplacement n’est chargé à la charge de conception)</translation>
    </message>
    <message>
        <source>(no position carries load at contracted load)</source>
        <translation>(aucun emplacement n’est chargé à la charge contractuelle)</translation>
    </message>
</context>
<context>
    <name>hectare::ui::TopologyText</name>
    <message>
        <source>never fails</source>
        <translation>ne tombe jamais en panne</translation>
    </message>
    <message>
        <source>%1 h (%2 years)</source>
        <translation>%1 h (%2 ans)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>Power, side A</source>
        <translation>Alimentation, côté A</translation>
    </message>
    <message>
        <source>Source, shared plant and halls</source>
        <translation>Source, installations communes et salles</translation>
    </message>
    <message>
        <source>Power, side B</source>
        <translation>Alimentation, côté B</translation>
    </message>
    <message>
        <source>Cooling</source>
        <translation>Refroidissement</translation>
    </message>
    <message>
        <source>Utility</source>
        <translation>Réseau public</translation>
    </message>
    <message>
        <source>%1 outages a year</source>
        <translation>%1 coupures par an</translation>
    </message>
    <message>
        <source>%1 outages a year, %2 h on average</source>
        <translation>%1 coupures par an, %2 h en moyenne</translation>
    </message>
    <message>
        <source>Not counted by Tier III: the generators are the source</source>
        <translation>Non pris en compte par le Tier III : les groupes électrogènes sont la source</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unité</numerusform>
            <numerusform>%n unités</numerusform>
        </translation>
    </message>
    <message>
        <source> · load %1</source>
        <translation> · charge %1</translation>
    </message>
    <message>
        <source>%1 PDUs (A)</source>
        <translation>%1 PDU (A)</translation>
    </message>
    <message>
        <source>%1 PDUs (B)</source>
        <translation>%1 PDU (B)</translation>
    </message>
    <message numerus="yes">
        <source>%n PDU(s) · load %1</source>
        <translation>
            <numerusform>%n PDU · charge %1</numerusform>
            <numerusform>%n PDU · charge %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rack(s) · %1</source>
        <translation>
            <numerusform>%n baie · %1</numerusform>
            <numerusform>%n baies · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no heat load</source>
        <translation>aucune charge thermique</translation>
    </message>
    <message>
        <source>thermal ride-through %1 min</source>
        <translation>autonomie thermique %1 min</translation>
    </message>
    <message>
        <source>%1 (single-corded)</source>
        <translation>%1 (simple alimentation)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <source>Drops single-corded loads only</source>
        <translation>Ne coupe que des charges en simple alimentation</translation>
    </message>
    <message>
        <source>Single point of failure</source>
        <translation>Point de défaillance unique</translation>
    </message>
    <message>
        <source>Maintenance drops load</source>
        <translation>La maintenance coupe des charges</translation>
    </message>
    <message>
        <source>Short with every unit in</source>
        <translation>Insuffisant même avec toutes les unités en service</translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>Capacité : %1</translation>
    </message>
    <message>
        <source>MTBF: %1, MTTR: %2 h</source>
        <translation>MTBF : %1, MTTR : %2 h</translation>
    </message>
    <message>
        <source>Fails to start: %1 %</source>
        <translation>Échec au démarrage : %1 %</translation>
    </message>
    <message>
        <source>Tier III: %1</source>
        <translation>Tier III : %1</translation>
    </message>
    <message numerus="yes">
        <source>Needs %1 of %n unit(s) at its load</source>
        <translation>
            <numerusform>Nécessite %1 sur %n unité pour sa charge</numerusform>
            <numerusform>Nécessite %1 sur %n unités pour sa charge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hectare::ui::TopologyView</name>
    <message>
        <source>No document open</source>
        <translation>Aucun document ouvert</translation>
    </message>
    <message>
        <source>No topology to show</source>
        <translation>Aucune topologie à afficher</translation>
    </message>
</context>
</TS>
