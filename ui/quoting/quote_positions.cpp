#include "quote_positions.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <map>
#include <vector>

namespace hectare::ui {
namespace {

constexpr int kMaxRunsNamed = 3;

QString positionCount(int count)
{
    return QCoreApplication::translate("hectare::ui::QuotePositions", "%n position(s)", nullptr, count);
}

} // namespace

QString quotePositionsText(const SiteModel &model, const Quote &quote)
{
    if (quote.rackIds.empty())
        return {};
    // The quote's racks by row, and each row's racks in order along it.
    std::map<Id, std::vector<const Rack *>> quoted;
    for (Id id : quote.rackIds) {
        const Rack *rack = model.rack(id);
        if (!rack)
            return positionCount(int(quote.rackIds.size()));
        quoted[rack->rowId].push_back(rack);
    }
    const auto alongRow = [](const Rack *a, const Rack *b) { return a->offsetMm < b->offsetMm; };
    QStringList runs;
    for (auto &[rowId, racks] : quoted) {
        std::vector<const Rack *> row;
        for (const Rack &rack : model.racks)
            if (rack.rowId == rowId)
                row.push_back(&rack);
        std::sort(row.begin(), row.end(), alongRow);
        std::sort(racks.begin(), racks.end(), alongRow);
        // A run goes on while the next quoted rack is the next position of the row.
        std::size_t i = 0;
        while (i < racks.size()) {
            auto at = std::find(row.begin(), row.end(), racks[i]);
            std::size_t j = i;
            while (j + 1 < racks.size() && at + 1 != row.end() && *(at + 1) == racks[j + 1]) {
                ++j;
                ++at;
            }
            runs << (i == j ? racks[i]->name : racks[i]->name + QChar(0x2013) + racks[j]->name);
            i = j + 1;
        }
    }
    if (runs.size() > kMaxRunsNamed)
        return positionCount(int(quote.rackIds.size()));
    return runs.join(QStringLiteral(", "));
}

} // namespace hectare::ui
