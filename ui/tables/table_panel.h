#pragma once

#include "model/ids.h"

#include <QWidget>

class QAbstractItemModel;
class QModelIndex;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace hectare::ui {

// What the tenants and contracts panels share: a filter box over every column, a sortable
// table over a filter proxy, Add and Remove buttons, and a line that says why the last change
// was refused (also sent as editRejected, for the window). Rows carry their object's id in kIdRole.
class TablePanel : public QWidget
{
    Q_OBJECT

public:
    ~TablePanel() override;

    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // The last refusal; empty once a change went through.
    QString statusText() const;

Q_SIGNALS:
    void editRejected(const QString &message);

protected:
    // The panel takes `proxy`; derived panels pass their own filter proxy or a plain one.
    TablePanel(QSortFilterProxyModel *proxy, QWidget *parent);

    void setSourceModel(QAbstractItemModel *model);
    QHBoxLayout *toolBar() const { return m_toolBar; }

    // The selected row (column 0), or an invalid index; the selection, not the cursor, says
    // what Remove and the rest of the window act on.
    QModelIndex selectedIndex() const;
    // The id of the selected row, or kNoId.
    Id currentId() const;
    // Selects source row `sourceRow` and shows it, clearing the filter if it hides the row.
    void selectSourceRow(int sourceRow);
    // Sizes the columns to their contents; `stretchColumn` takes the space left (or gives
    // it up when the panel is narrow).
    void fitColumns(int stretchColumn);

    void showRejection(const QString &message);
    void clearRejection();

private:
    QSortFilterProxyModel *m_proxy;
    QHBoxLayout *m_toolBar = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_statusLine = nullptr;
    QLabel *m_statusText = nullptr;
};

} // namespace hectare::ui
