// Pasting copies of rows (with their rack positions), obstacles and cages.
#include "layout_edits.h"

#include "layout_names.h"
#include "layout_selection.h"
#include "layout_shapes.h"

#include <unordered_map>

namespace hectare {

using namespace layout;

namespace {

// Names already used in each hall, by kind, growing as the paste names its copies.
class TakenNames
{
public:
    explicit TakenNames(const SiteModel &model) : m_model(model) {}

    QSet<QString> &rows(Id hallId)
    {
        return lazily(m_rows, hallId, [&](QSet<QString> &names) {
            for (const Row &row : m_model.rows)
                if (row.hallId == hallId)
                    names.insert(row.name);
        });
    }
    QSet<QString> &obstacles(Id hallId)
    {
        return lazily(m_obstacles, hallId, [&](QSet<QString> &names) {
            for (const Obstacle &o : m_model.obstacles)
                if (o.hallId == hallId)
                    names.insert(o.name);
        });
    }
    QSet<QString> &cages(Id hallId)
    {
        return lazily(m_cages, hallId, [&](QSet<QString> &names) {
            for (const Cage &cage : m_model.cages)
                if (cage.hallId == hallId)
                    names.insert(cage.name);
        });
    }

private:
    template<typename Fill>
    static QSet<QString> &lazily(std::unordered_map<Id, QSet<QString>> &byHall, Id hallId, Fill fill)
    {
        const auto [it, added] = byHall.try_emplace(hallId);
        if (added)
            fill(it->second);
        return it->second;
    }

    const SiteModel &m_model;
    std::unordered_map<Id, QSet<QString>> m_rows;
    std::unordered_map<Id, QSet<QString>> m_obstacles;
    std::unordered_map<Id, QSet<QString>> m_cages;
};

// The next free name after `name`, taken at once; unnamed objects stay unnamed.
QString claimName(const QString &name, QSet<QString> &taken, bool letters)
{
    if (name.isEmpty())
        return name;
    const QString free = nextFreeName(name, taken, letters);
    taken.insert(free);
    return free;
}

} // namespace

LayoutChange pasteCopies(const SiteModel &model, const LayoutSelection &selection, double dxM, double dyM)
{
    LayoutChange change;
    const SelectedObjects selected = resolveSelection(model, selection);
    const PointM shift{dxM, dyM};
    TakenNames taken(model);

    Id rowId = nextRowId(model);
    Id rackId = nextRackId(model);
    const auto racks = racksOfRows(model, selected.rows);
    for (const Row *row : selected.rows) {
        Row copy = *row;
        copy.id = rowId++;
        copy.origin = add(row->origin, shift);
        QSet<QString> &rowNames = taken.rows(row->hallId);
        copy.name = row->name.isEmpty() ? newRowName(rowNames) : nextFreeName(row->name, rowNames, true);
        rowNames.insert(copy.name);
        change.rows.push_back(copy);

        // Positions only: what stood in them (tenant, state, feeds) stays with the original.
        for (const Rack *rack : racks.at(row->id)) {
            Rack position = *rack;
            position.id = rackId++;
            position.rowId = copy.id;
            position.name = rackNameInRow(rack->name, row->name, copy.name);
            position.state = RackState::Free;
            position.tenantId = kNoId;
            position.feedAPduId = kNoId;
            position.feedBPduId = kNoId;
            change.racks.push_back(position);
        }
    }

    Id obstacleId = nextObstacleId(model);
    for (const Obstacle *o : selected.obstacles) {
        Obstacle copy = *o;
        copy.id = obstacleId++;
        copy.centre = add(o->centre, shift);
        copy.name = claimName(o->name, taken.obstacles(o->hallId), false);
        change.obstacles.push_back(copy);
    }

    Id cageId = nextCageId(model);
    for (const Cage *cage : selected.cages) {
        Cage copy = *cage;
        copy.id = cageId++;
        for (PointM &p : copy.outline)
            p = add(p, shift);
        copy.name = claimName(cage->name, taken.cages(cage->hallId), false);
        change.cages.push_back(copy);
    }
    return change;
}

} // namespace hectare
