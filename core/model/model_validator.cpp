#include "model_validator.h"

#include "geometry.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <utility>

namespace hectare {

ModelValidator::ModelValidator(const SiteModel &model, int maxErrors) : m_model(model), m_maxErrors(maxErrors) {}

std::vector<Error> ModelValidator::run()
{
    using Check = void (ModelValidator::*)();
    static constexpr Check kChecks[] = {
        &ModelValidator::checkSite,          &ModelValidator::checkClearanceRules, &ModelValidator::checkHalls,
        &ModelValidator::checkRows,          &ModelValidator::checkRacks,          &ModelValidator::checkRackPlacement,
        &ModelValidator::checkRackOverlaps,  &ModelValidator::checkObstacles,      &ModelValidator::checkObstacleOverlaps,
        &ModelValidator::checkCages,         &ModelValidator::checkCageOverlaps,   &ModelValidator::checkTenants,
        &ModelValidator::checkContracts,     &ModelValidator::checkAllocation,     &ModelValidator::checkPowerChain,
        &ModelValidator::checkCooling,       &ModelValidator::checkTopology,
        &ModelValidator::checkComponentReliability,  &ModelValidator::checkFailureScenarios,
        &ModelValidator::checkScenarios,
        &ModelValidator::checkPriceBook,     &ModelValidator::checkQuotes,
    };
    for (Check check : kChecks) {
        if (full())
            break;
        (this->*check)();
    }
    return std::move(m_errors);
}

void ModelValidator::add(const QString &object, const QString &field, const QString &message)
{
    if (full())
        return;
    m_errors.push_back({field.isEmpty() ? object : object + QStringLiteral(": ") + field, message});
}

// ---- names and numbers --------------------------------------------------------------------

QString ModelValidator::quoted(const QString &name) { return QLatin1Char('"') + name + QLatin1Char('"'); }

// Numbers as a user typed them, with a real minus sign: "−2", "7.5", "1200".
QString ModelValidator::number(double value)
{
    QString text = QLocale().toString(value, 'g', 10);
    if (text.startsWith(QLatin1Char('-')))
        text.replace(0, 1, QChar(0x2212));
    return text;
}

QString ModelValidator::number(qint64 value)
{
    return value < 0 ? QChar(0x2212) + QLocale().toString(-value) : QLocale().toString(value);
}

QString ModelValidator::sitePath() const
{
    return m_model.site.name.isEmpty() ? tr("Site") : tr("Site %1").arg(quoted(m_model.site.name));
}

QString ModelValidator::hallPath(Id hallId) const
{
    const Hall *hall = m_model.hall(hallId);
    if (!hall)
        return tr("Hall #%1").arg(hallId);
    return hall->name.isEmpty() ? tr("Hall #%1").arg(hallId) : tr("Hall %1").arg(quoted(hall->name));
}

QString ModelValidator::rowPath(const Row &row) const
{
    const QString name = tr("row %1").arg(quoted(row.name));
    return m_model.hall(row.hallId) ? hallPath(row.hallId) + QStringLiteral(", ") + name
                                    : tr("Row %1").arg(quoted(row.name));
}

QString ModelValidator::rackPath(const Rack &rack) const
{
    const Row *row = m_model.row(rack.rowId);
    return row ? rowPath(*row) + QStringLiteral(", ") + tr("rack %1").arg(quoted(rack.name))
               : tr("Rack %1").arg(quoted(rack.name));
}

QString ModelValidator::tenantPath(Id tenantId) const
{
    const Tenant *tenant = m_model.tenant(tenantId);
    return tenant && !tenant->name.isEmpty() ? tr("Tenant %1").arg(quoted(tenant->name)) : tr("Tenant #%1").arg(tenantId);
}

QString ModelValidator::contractPath(const Contract &contract) const
{
    return m_model.tenant(contract.tenantId)
               ? tenantPath(contract.tenantId) + QStringLiteral(", ") + tr("contract #%1").arg(contract.id)
               : tr("Contract #%1").arg(contract.id);
}

// ---- range checks -------------------------------------------------------------------------

bool ModelValidator::requireGreaterThanZero(const QString &object, const QString &field, double value)
{
    if (value > 0)
        return true;
    add(object, field, tr("must be greater than 0 (got %1)").arg(number(value)));
    return false;
}

bool ModelValidator::requireNotNegative(const QString &object, const QString &field, double value)
{
    if (value >= 0)
        return true;
    add(object, field, tr("must be 0 or more (got %1)").arg(number(value)));
    return false;
}

bool ModelValidator::requireBetween(const QString &object, const QString &field, double value, double lo,
                                    double hi)
{
    if (value >= lo && value <= hi)
        return true;
    add(object, field, tr("must be between %1 and %2 (got %3)").arg(number(lo), number(hi), number(value)));
    return false;
}

bool ModelValidator::requireFraction(const QString &object, const QString &field, double value)
{
    if (value > 0 && value <= 1)
        return true;
    add(object, field, tr("must be greater than 0 and at most 1 (got %1)").arg(number(value)));
    return false;
}

void ModelValidator::requireUnitCount(const QString &object, const QString &field, int count, Redundancy redundancy)
{
    if (count < 1) {
        add(object, field, tr("must be at least 1 (got %1)").arg(number(qint64(count))));
        return;
    }
    switch (redundancy) {
    case Redundancy::N:
        return;
    case Redundancy::NPlus1:
        if (count < 2)
            add(object, field, tr("N+1 needs at least 2 units (got %1)").arg(count));
        return;
    case Redundancy::NPlus2:
        if (count < 3)
            add(object, field, tr("N+2 needs at least 3 units (got %1)").arg(count));
        return;
    case Redundancy::TwoN:
        if (count < 2 || count % 2 != 0)
            add(object, field, tr("2N needs an even number of units, at least 2 (got %1)").arg(count));
        return;
    }
}

// ---- site, halls, rows --------------------------------------------------------------------

void ModelValidator::checkSite()
{
    const Site &site = m_model.site;
    const QString object = sitePath();
    requireNotNegative(object, tr("land area"), site.landAreaM2);
    requireBetween(object, tr("design ambient"), site.designAmbientC, -40, 60);
    requireNotNegative(object, tr("auxiliary kW"), site.auxiliaryKw);
    requireFraction(object, tr("load power factor"), site.loadPowerFactor);
}

void ModelValidator::checkHalls()
{
    QSet<QString> names;
    for (const Hall &hall : m_model.halls) {
        if (full())
            return;
        const QString object = hallPath(hall.id);
        if (hall.name.isEmpty())
            add(object, tr("name"), tr("must not be empty"));
        else if (names.contains(hall.name))
            add(object, tr("name"), tr("another hall has the same name"));
        names.insert(hall.name);

        if (hall.buildingId != kNoId
            && std::none_of(m_model.buildings.begin(), m_model.buildings.end(),
                            [&](const Building &b) { return b.id == hall.buildingId; }))
            add(object, tr("building"), tr("refers to building #%1, which does not exist").arg(hall.buildingId));

        if (hall.outline.size() < 3)
            add(object, tr("outline"), tr("needs at least 3 points (got %1)").arg(qint64(hall.outline.size())));
        else if (!(polygonAreaM2(hall.outline) > 0))
            add(object, tr("outline"), tr("must enclose an area greater than 0"));
        requireGreaterThanZero(object, tr("tile size"), hall.tileM);
        requireGreaterThanZero(object, tr("floor load"), hall.floorLoadKgPerM2);
        requireGreaterThanZero(object, tr("ceiling height"), hall.ceilingHeightM);
    }
}

void ModelValidator::checkRows()
{
    QSet<std::pair<Id, QString>> names;
    for (const Row &row : m_model.rows) {
        if (full())
            return;
        if (!m_model.hall(row.hallId)) {
            add(rowPath(row), tr("hall"), tr("refers to hall #%1, which does not exist").arg(row.hallId));
            continue;
        }
        const std::pair<Id, QString> key{row.hallId, row.name};
        if (names.contains(key))
            add(rowPath(row), tr("name"), tr("another row in this hall has the same name"));
        names.insert(key);
    }
}

} // namespace hectare
