#pragma once

// The bundled reliability library (data/reliability-library.json): default MTBF, MTTR and the
// figures particular to some kinds (a generator's fail-to-start and fuel use, a chiller's derating,
// a grid's outage profile), each with its source and whether it is published or a judgement.
// A document's components take their figures from here unless the user overrides them.

#include "model/error.h"
#include "reliability/reliability_network.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>
#include <vector>

namespace hectare::reliability {

enum class Basis { Published, Judgement };

// Capacity fraction against ambient °C: points with increasing ambient.
using DeratingCurve = std::vector<std::pair<double, double>>;

// Litres an hour at 25, 50, 75 and 100 % of ratedKw.
struct FuelCurve
{
    double ratedKw = 0;
    std::array<double, 4> litresPerHour{};
};

struct LibraryEntry
{
    QString key;    // unique: "diesel-generator", "utility-feed-lome"
    QString kind;   // one of componentKinds()
    double mtbfHours = 0;   // generators: running hours
    double mttrHours = 0;

    std::optional<GridProfile> grid;   // utility-feed
    double failToStart = 0;            // diesel-generator: per demand
    double availabilityOnDemand = 1;   // diesel-generator: not in maintenance at a demand
    double startSeconds = 0;           // diesel-generator
    std::optional<FuelCurve> fuel;     // diesel-generator
    double refuelLeadHours = 0;        // fuel-tank
    double batteryFailToSupport = 0;   // ups-module: per demand
    DeratingCurve capacityDerating;    // chiller; empty: no derating

    QString source;
    Basis basis = Basis::Judgement;
    QString note;
};

struct ReliabilityLibrary
{
    std::vector<LibraryEntry> entries;   // in file order

    const LibraryEntry *find(QStringView key) const;
    std::vector<const LibraryEntry *> ofKind(QStringView kind) const;
};

// The kinds of component the library describes, in the order of the file.
const QStringList &componentKinds();

// Reads and checks a library: unknown keys, keys a kind does not take, missing keys, numbers out of
// range (negative, non-finite, probabilities outside [0, 1]), an empty source, duplicate entry keys.
// The error names `where` (the file), the entry and the field.
Result<ReliabilityLibrary> readReliabilityLibrary(const QByteArray &json, const QString &where);

// data/reliability-library.json, compiled in as a resource.
Result<ReliabilityLibrary> bundledReliabilityLibrary();

// Linear between the points, constant beyond the first and the last; 1 for an empty curve.
double interpolateDerating(const DeratingCurve &curve, double ambientC);

// Litres an hour at a load fraction (of ratedKw): linear between the 25/50/75/100 % points. Below 25 %
// the 25–50 % line is extended down to no load, where its intercept stands for the idle consumption
// (never below 0); above 100 % the 75–100 % line is extended. A negative load counts as no load.
double fuelLitresPerHour(const FuelCurve &fuel, double loadFraction);

} // namespace hectare::reliability
