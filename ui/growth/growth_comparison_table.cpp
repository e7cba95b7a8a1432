#include "growth_comparison_table.h"

#include "growth_colours.h"
#include "growth_summary.h"

#include <QHeaderView>

#include <algorithm>

namespace hectare::ui {
namespace {

constexpr int kMaxRowsShown = 7;   // the scenarios' names and six resources

bool runsOut(const ResourceOutlook *o) { return o && (o->exhaustionP10 || o->exhaustionP50 || o->decisionMonth); }

} // namespace

GrowthComparisonTable::GrowthComparisonTable(QWidget *parent) : QTableWidget(parent)
{
    setObjectName(QStringLiteral("comparisonTable"));
    setColumnCount(ColumnCount);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    // The dates share the width; the table never scrolls sideways.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(ScopeColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(ResourceColumn, QHeaderView::ResizeToContents);
}

void GrowthComparisonTable::setResults(const GrowthResult &a, const GrowthResult &b)
{
    clearContents();
    clearSpans();
    setRowCount(0);
    setHorizontalHeaderLabels({tr("Scope"), tr("Resource"), tr("P10"), tr("P50"), tr("Decide by"), tr("P10"), tr("P50"),
                               tr("Decide by")});
    // The first row names the scenarios over their three columns, in their chart colours.
    setRowCount(1);
    const auto nameCell = [this](int column, const QString &name, int index) {
        auto *item = new QTableWidgetItem(name);
        QFont bold = font();
        bold.setBold(true);
        item->setFont(bold);
        item->setForeground(growthColours::scenario(index));
        item->setTextAlignment(Qt::AlignCenter);
        item->setToolTip(name);
        setItem(0, column, item);
        setSpan(0, column, 1, 3);
        for (int c = column; c < column + 3; ++c)
            horizontalHeaderItem(c)->setForeground(growthColours::scenario(index));
    };
    nameCell(AP10Column, a.scenarioName, 0);
    nameCell(BP10Column, b.scenarioName, 1);

    std::vector<std::pair<const ScopeOutlook *, const ScopeOutlook *>> scopes{{&a.site, &b.site}};
    for (const ScopeOutlook &hall : a.halls) {
        const auto other = std::find_if(b.halls.begin(), b.halls.end(),
                                        [&hall](const ScopeOutlook &h) { return h.hallId == hall.hallId; });
        scopes.emplace_back(&hall, other == b.halls.end() ? nullptr : &*other);
    }
    for (const auto &[sa, sb] : scopes)
        for (const ResourceOutlook &oa : sa->resources) {
            const ResourceOutlook *ob = sb ? sb->resource(oa.resource) : nullptr;
            if (runsOut(&oa) || runsOut(ob))
                addRow(a, *sa, oa, b, ob);
        }
    if (rowCount() == 1) {
        setRowCount(2);
        setItem(1, 0, new QTableWidgetItem(tr("Nothing runs out within the horizon in either scenario.")));
        setSpan(1, 0, 1, ColumnCount);
    }
    // As tall as its rows (up to six), so that the chart above keeps the room.
    const int shown = std::min(rowCount(), kMaxRowsShown);
    setFixedHeight(horizontalHeader()->sizeHint().height() + shown * verticalHeader()->defaultSectionSize()
                   + 2 * frameWidth());
}

void GrowthComparisonTable::addRow(const GrowthResult &a, const ScopeOutlook &scope, const ResourceOutlook &oa,
                                   const GrowthResult &b, const ResourceOutlook *ob)
{
    const int row = rowCount();
    setRowCount(row + 1);
    const QStringList cells{GrowthSummary::scopeName(scope),
                            resourceDisplayName(oa.resource),
                            GrowthSummary::monthOrDash(a, oa.exhaustionP10),
                            GrowthSummary::monthOrDash(a, oa.exhaustionP50),
                            GrowthSummary::decisionText(a, oa),
                            ob ? GrowthSummary::monthOrDash(b, ob->exhaustionP10) : QStringLiteral("–"),
                            ob ? GrowthSummary::monthOrDash(b, ob->exhaustionP50) : QStringLiteral("–"),
                            ob ? GrowthSummary::decisionText(b, *ob) : QStringLiteral("–")};
    for (int column = 0; column < ColumnCount; ++column)
        setItem(row, column, new QTableWidgetItem(cells[column]));
}

} // namespace hectare::ui
