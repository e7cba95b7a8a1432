#include "quote_positions.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_set>

namespace hectare::ui {
namespace {

constexpr int kMaxRunsNamed = 3;

QString positionCount(int count)
{
    return QCoreApplication::translate("hectare::ui::QuotePositions", "%n position(s)", nullptr, count);
}

// The positions of a row in order along it.
std::vector<const Rack *> rowPositions(const SiteModel &model, Id rowId)
{
    std::vector<const Rack *> racks;
    for (const Rack &rack : model.racks)
        if (rack.rowId == rowId)
            racks.push_back(&rack);
    std::stable_sort(racks.begin(), racks.end(),
                     [](const Rack *a, const Rack *b) { return a->offsetMm < b->offsetMm; });
    return racks;
}

QString runText(const Rack &first, const Rack &last)
{
    if (&first == &last)
        return first.name;
    return first.name + QChar(0x2013) + last.name;   // en dash: "F05–F08"
}

} // namespace

std::vector<RowPositions> quotePositionsByRow(const SiteModel &model, const Quote &quote)
{
    const std::unordered_set<Id> wanted(quote.rackIds.begin(), quote.rackIds.end());
    std::vector<Id> rowOrder;
    for (const Id id : quote.rackIds)
        if (const Rack *rack = model.rack(id);
            rack && std::find(rowOrder.begin(), rowOrder.end(), rack->rowId) == rowOrder.end())
            rowOrder.push_back(rack->rowId);

    std::vector<RowPositions> result;
    for (const Id rowId : rowOrder) {
        const Row *row = model.row(rowId);
        RowPositions entry;
        entry.rowName = row ? row->name : QString();
        const std::vector<const Rack *> positions = rowPositions(model, rowId);
        for (std::size_t i = 0; i < positions.size();) {
            if (!wanted.count(positions[i]->id)) {
                ++i;
                continue;
            }
            std::size_t end = i;
            while (end + 1 < positions.size() && wanted.count(positions[end + 1]->id))
                ++end;
            entry.runs << runText(*positions[i], *positions[end]);
            entry.count += int(end - i + 1);
            i = end + 1;
        }
        entry.positions = entry.runs.join(QStringLiteral(", "));
        result.push_back(entry);
    }
    return result;
}

QString quotePositionsText(const SiteModel &model, const Quote &quote)
{
    if (quote.rackIds.empty())
        return {};
    const bool allOnPlan = std::all_of(quote.rackIds.begin(), quote.rackIds.end(),
                                       [&](Id id) { return model.rack(id) != nullptr; });
    if (!allOnPlan)
        return positionCount(int(quote.rackIds.size()));
    QStringList runs;
    for (const RowPositions &row : quotePositionsByRow(model, quote))
        runs << row.runs;
    if (runs.size() > kMaxRunsNamed)
        return positionCount(int(quote.rackIds.size()));
    return runs.join(QStringLiteral(", "));
}

} // namespace hectare::ui
