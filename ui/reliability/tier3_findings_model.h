#pragma once

#include "reliability_analysis.h"

#include "model/ids.h"

#include <QAbstractItemModel>
#include <QPointer>

#include <vector>

namespace hectare::ui {

// The Tier III report of a ReliabilityAnalysis as a two-level tree: one row per section
// (violations, single points of failure, single-corded loads, overloaded groups) with its
// findings under it; generators N+1 and fuel autonomy are one check each, shown on their row. Each finding names its component, what it drops
// (loads and racks per hall, kW), whether power or cooling, and why; rows are coloured by status.
class Tier3FindingsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ComponentColumn, KwColumn, LossColumn, DropsColumn, WhyColumn, ColumnCount };
    enum class Section { Violations, SinglePointsOfFailure, SingleCorded, Overloaded, Generators, Fuel, Count };

    // One row under a section: the component to highlight and the loads to show.
    struct Entry
    {
        QString kind;               // library kind or componentKinds; empty: no component
        Id componentId = kNoId;
        int member = 0;             // 0: the whole component
        std::vector<int> loads;     // into Network::loads: what it drops
        CheckStatus status = CheckStatus::Ok;
        QString component, drops, kw, loss, why;
        QString sentence;           // the whole finding, for the tooltip and the panel's detail line
    };

    explicit Tier3FindingsModel(QObject *parent = nullptr);
    ~Tier3FindingsModel() override;

    void setAnalysis(ReliabilityAnalysis *analysis);

    // nullptr for a section's row (but the generators' and the fuel's, which are their own
    // entry) or an invalid index.
    const Entry *entryAt(const QModelIndex &index) const;
    QModelIndex sectionIndex(Section section) const;
    int entryCount(Section section) const;
    // The first entry about the component (member 0: about any of it), maintenance findings before
    // failures; invalid when none.
    QModelIndex indexOfComponent(const QString &kind, Id componentId, int member) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct SectionRows
    {
        QString title;
        CheckStatus status = CheckStatus::Ok;
        std::vector<Entry> entries;
    };

    void rebuild();
    QString sectionTitle(Section section, const SectionRows &rows) const;

    QPointer<ReliabilityAnalysis> m_analysis;
    std::vector<SectionRows> m_sections;
};

} // namespace hectare::ui
