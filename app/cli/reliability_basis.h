#pragma once

// The load basis the tier3 and availability commands compile the site at: --basis contracted|design
// and --today, and the line each prints to say which basis it used.

#include "cli_context.h"

#include "reliability/compiled_site.h"
#include "reliability/topology_compile.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>

namespace hectare::cli {

class ReliabilityBasisOptions
{
public:
    ReliabilityBasisOptions();
    void addTo(QCommandLineParser &parser) const;
    // The basis and date into `options`; false with the message for a usage error in `problem`.
    bool read(const QCommandLineParser &parser, reliability::CompileOptions &options, QString &problem) const;

private:
    QCommandLineOption m_basis;
    QCommandLineOption m_today;
};

QString basisKey(reliability::LoadBasis basis);   // "contracted", "design"

// "Basis: contracted load on 2026-06-01, 529.0 kW of IT in 116 racks; chillers at 35.0 °C."
QString basisLine(const reliability::CompiledSite &site);
// {"basis": "contracted", "asOf": "2026-06-01", "itKw": 529, "racks": 116, "ambientC": 35}
QJsonObject basisJson(const reliability::CompiledSite &site);

} // namespace hectare::cli
