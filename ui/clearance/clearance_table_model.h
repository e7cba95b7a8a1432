#pragma once

#include "layout/clearance.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace hectare::ui {

// Clearance problems as a table: hall, rule, what is wrong (core's message, naming the objects),
// measured and required distance. Read-only; the rows are core's checkClearances() in its order.
class ClearanceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HallColumn, RuleColumn, ProblemColumn, MeasuredColumn, RequiredColumn, ColumnCount };
    // The measured and required distances in metres, as numbers, for sorting and tests.
    static constexpr int kMetresRole = Qt::UserRole + 1;

    explicit ClearanceTableModel(QObject *parent = nullptr);

    // `hallNames`: the names of the halls the problems are in, by id.
    void setViolations(std::vector<ClearanceViolation> violations, QHash<Id, QString> hallNames);
    const std::vector<ClearanceViolation> &violations() const { return m_violations; }
    const ClearanceViolation *violationAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ClearanceViolation> m_violations;
    QHash<Id, QString> m_hallNames;
};

} // namespace hectare::ui
