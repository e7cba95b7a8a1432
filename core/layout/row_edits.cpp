// Edits of rows and their rack positions: add a row, add or remove positions, renumber.
#include "layout_edits.h"

#include "layout_names.h"
#include "layout_selection.h"
#include "layout_shapes.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace hectare {

using namespace layout;

namespace {

QSet<QString> rowNamesOfHall(const SiteModel &model, Id hallId)
{
    QSet<QString> names;
    for (const Row &row : model.rows)
        if (row.hallId == hallId)
            names.insert(row.name);
    return names;
}

QString quoted(const QString &name) { return QLatin1Char('"') + name + QLatin1Char('"'); }

// `Hall "Colocation", row "A", rack "A02"`, the way validation messages name a rack.
QString rackPath(const SiteModel &model, const Rack &rack)
{
    const QString name = QCoreApplication::translate("hectare::LayoutEdits", "rack %1").arg(quoted(rack.name));
    const Row *row = model.row(rack.rowId);
    if (!row)
        return name;
    QString path = QCoreApplication::translate("hectare::LayoutEdits", "row %1").arg(quoted(row->name))
                   + QStringLiteral(", ") + name;
    if (const Hall *hall = model.hall(row->hallId))
        path = QCoreApplication::translate("hectare::LayoutEdits", "Hall %1").arg(quoted(hall->name))
               + QStringLiteral(", ") + path;
    return path;
}

} // namespace

LayoutChange addRow(const SiteModel &model, Id hallId, const NewRowSpec &spec)
{
    LayoutChange change;
    if (!model.hall(hallId))
        return change;
    Row row;
    row.id = nextRowId(model);
    row.hallId = hallId;
    row.name = newRowName(rowNamesOfHall(model, hallId));
    row.origin = spec.origin;
    row.orientationDeg = normalisedDegrees(spec.orientationDeg);
    change.rows.push_back(row);

    const RackNaming naming = defaultRackNaming(row.name, spec.positions);
    Id rackId = nextRackId(model);
    for (int i = 0; i < spec.positions; ++i) {
        Rack rack;
        rack.id = rackId++;
        rack.rowId = row.id;
        rack.name = rackName(row.name, naming, i + 1);
        rack.offsetMm = i * spec.rackWidthMm;
        rack.widthMm = spec.rackWidthMm;
        rack.depthMm = spec.rackDepthMm;
        rack.heightU = spec.heightU;
        rack.designKw = spec.designKw;
        rack.maxWeightKg = spec.maxWeightKg;
        change.racks.push_back(rack);
    }
    return change;
}

LayoutChange appendRackPositions(const SiteModel &model, Id rowId, int count)
{
    LayoutChange change;
    const Row *row = model.row(rowId);
    if (!row || count <= 0)
        return change;
    const std::vector<const Rack *> racks = racksOfRows(model, {row}).at(rowId);

    // The new positions continue the row like its last rack; an empty row starts with the
    // defaults of a new row.
    const NewRowSpec defaults;
    Rack like;
    like.rowId = rowId;
    double offsetMm = 0;
    QString name;
    QSet<QString> taken;
    for (const Rack *rack : racks)
        taken.insert(rack->name);
    if (!racks.empty()) {
        const Rack &last = *racks.back();
        like.widthMm = last.widthMm;
        like.depthMm = last.depthMm;
        like.heightU = last.heightU;
        like.designKw = last.designKw;
        like.maxWeightKg = last.maxWeightKg;
        offsetMm = last.offsetMm + last.widthMm;
        name = last.name;
    } else {
        like.widthMm = defaults.rackWidthMm;
        like.depthMm = defaults.rackDepthMm;
        like.heightU = defaults.heightU;
        like.designKw = defaults.designKw;
        like.maxWeightKg = defaults.maxWeightKg;
        name = rackName(row->name, defaultRackNaming(row->name, count), 0);   // so that the first is …01
    }

    Id rackId = nextRackId(model);
    for (int i = 0; i < count; ++i) {
        Rack rack = like;
        rack.id = rackId++;
        rack.offsetMm = offsetMm;
        offsetMm += rack.widthMm;
        name = nextFreeName(name, taken, false);
        taken.insert(name);
        rack.name = name;
        change.racks.push_back(rack);
    }
    return change;
}

LayoutChange removeRackPositions(const SiteModel &model, const std::vector<Id> &rackIds, QStringList *refused)
{
    LayoutChange change;
    for (Id id : std::set<Id>(rackIds.begin(), rackIds.end())) {
        const Rack *rack = model.rack(id);
        if (!rack)
            continue;
        if (rack->state == RackState::Free || rack->state == RackState::Blocked) {
            change.removedRacks.push_back(id);
            continue;
        }
        if (!refused)
            continue;
        const Tenant *tenant = model.tenant(rack->tenantId);
        const QString who = tenant ? quoted(tenant->name) : QStringLiteral("#%1").arg(rack->tenantId);
        *refused << (rack->state == RackState::Occupied
                         ? QCoreApplication::translate("hectare::LayoutEdits",
                                                       "%1: occupied by %2; only free or blocked positions can be removed")
                               .arg(rackPath(model, *rack), who)
                         : QCoreApplication::translate("hectare::LayoutEdits",
                                                       "%1: reserved for %2; only free or blocked positions can be removed")
                               .arg(rackPath(model, *rack), who));
    }
    return change;
}

LayoutChange renumberRows(const SiteModel &model, Id hallId, bool numeric)
{
    LayoutChange change;
    std::vector<const Row *> rows;
    for (const Row &row : model.rows)
        if (row.hallId == hallId)
            rows.push_back(&row);
    const auto racks = racksOfRows(model, rows);

    // In order of position: the middle of each row's racks, top to bottom then left to right,
    // to the millimetre so that rows on one line are ordered by x, not by rounding noise.
    std::vector<std::tuple<qint64, qint64, Id, const Row *>> order;
    for (const Row *row : rows) {
        const BoundsM b = rowBounds(*row, racks.at(row->id));
        order.emplace_back(std::llround((b.minY + b.maxY) / 2 * 1000), std::llround((b.minX + b.maxX) / 2 * 1000), row->id,
                           row);
    }
    std::sort(order.begin(), order.end());

    for (std::size_t i = 0; i < order.size(); ++i) {
        const Row &row = *std::get<3>(order[i]);
        const QString name = numeric ? QString::number(i + 1) : letterName(int(i));
        if (name != row.name) {
            Row renamed = row;
            renamed.name = name;
            change.rows.push_back(renamed);
        }

        // Racks are numbered along the row in the sample's style: "A01" in row "A", "1-01" in row "1".
        const std::vector<const Rack *> &rowRacks = racks.at(row.id);
        const RackNaming naming = defaultRackNaming(name, int(rowRacks.size()));
        for (std::size_t k = 0; k < rowRacks.size(); ++k) {
            const QString rackNameNow = rackName(name, naming, int(k + 1));
            if (rackNameNow != rowRacks[k]->name) {
                Rack renamed = *rowRacks[k];
                renamed.name = rackNameNow;
                change.racks.push_back(renamed);
            }
        }
    }
    std::sort(change.rows.begin(), change.rows.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
    std::sort(change.racks.begin(), change.racks.end(), [](const Rack &a, const Rack &b) { return a.id < b.id; });
    return change;
}

} // namespace hectare
