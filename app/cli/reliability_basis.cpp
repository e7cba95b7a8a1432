#include "reliability_basis.h"

#include <QLocale>

namespace hectare::cli {
namespace {

using reliability::CompiledSite;
using reliability::LoadBasis;

double itKwOf(const CompiledSite &site)
{
    double kw = 0;
    for (const reliability::Load &load : site.network.loads)
        kw += load.kw;
    return kw;
}

int racksOf(const CompiledSite &site)
{
    int racks = 0;
    for (const reliability::LoadRef &load : site.loads)
        racks += int(load.rackIds.size());
    return racks;
}

} // namespace

ReliabilityBasisOptions::ReliabilityBasisOptions()
    : m_basis(QStringLiteral("basis"),
              CliContext::tr("The load checked: contracted (committed and reserved contracts at --today, the "
                             "default) or design (every position's design kW)."),
              QStringLiteral("contracted|design"))
    , m_today(QStringLiteral("today"), CliContext::tr("The date contracts are counted at (default today)."),
              QStringLiteral("YYYY-MM-DD"))
{
}

void ReliabilityBasisOptions::addTo(QCommandLineParser &parser) const { parser.addOptions({m_basis, m_today}); }

bool ReliabilityBasisOptions::read(const QCommandLineParser &parser, reliability::CompileOptions &options,
                                   QString &problem) const
{
    options.load = LoadBasis::Contracted;
    if (parser.isSet(m_basis)) {
        const QString basis = parser.value(m_basis);
        if (basis == QLatin1String("design")) {
            options.load = LoadBasis::Design;
        } else if (basis != QLatin1String("contracted")) {
            problem = CliContext::tr("--basis must be contracted or design");
            return false;
        }
    }
    options.asOf = QDate::currentDate();
    if (parser.isSet(m_today)) {
        options.asOf = QDate::fromString(parser.value(m_today), Qt::ISODate);
        if (!options.asOf.isValid()) {
            problem = CliContext::tr("--today must be a date like 2026-06-01");
            return false;
        }
    }
    return true;
}

QString basisKey(LoadBasis basis)
{
    return basis == LoadBasis::Design ? QStringLiteral("design") : QStringLiteral("contracted");
}

QString basisLine(const CompiledSite &site)
{
    const QLocale locale;
    const QString it = locale.toString(itKwOf(site), 'f', 1);
    const QString racks = locale.toString(racksOf(site));
    const QString ambient = locale.toString(site.ambientC, 'f', 1);
    if (site.basis == LoadBasis::Design)
        return CliContext::tr("Basis: design load (every position's design kW), %1 kW of IT in %2 racks; chillers at %3 °C.")
            .arg(it, racks, ambient);
    return CliContext::tr("Basis: contracted load on %1, %2 kW of IT in %3 racks; chillers at %4 °C.")
        .arg(site.asOf.toString(Qt::ISODate), it, racks, ambient);
}

QJsonObject basisJson(const CompiledSite &site)
{
    return QJsonObject{{QStringLiteral("basis"), basisKey(site.basis)},
                       {QStringLiteral("asOf"), site.asOf.toString(Qt::ISODate)},
                       {QStringLiteral("itKw"), itKwOf(site)},
                       {QStringLiteral("racks"), racksOf(site)},
                       {QStringLiteral("ambientC"), site.ambientC}};
}

} // namespace hectare::cli
