#pragma once

#include <QSortFilterProxyModel>

namespace hectare::ui {

// Sorts the quotes table by raw values (kSortRole) and, with "live holds only", keeps the quotes
// that hold capacity now (QuoteTableModel::kLiveRole).
class QuoteFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit QuoteFilterProxy(QObject *parent = nullptr);

    bool liveOnly() const { return m_liveOnly; }
    void setLiveOnly(bool liveOnly);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_liveOnly = false;
};

} // namespace hectare::ui
