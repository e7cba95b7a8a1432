<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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

Options :
  --json       sortie lisible par une machine
  --lang fr|en langue des messages et format des nombres (par défaut : ceux du système)
  -h, --help   aide (également après une commande)
  --version    la version

Codes de sortie : 0 succès, 1 erreur d’utilisation, 2 fichier ou données invalides
(le message est écrit sur la sortie d’erreur standard).
</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
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
</TS>
