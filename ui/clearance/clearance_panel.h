#pragma once

#include "layout/clearance.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace hectare {
struct SiteModel;
}

namespace hectare::ui {

class ClearanceTableModel;

// The clearance problems of the hall on the plan, or of every hall: core's checkClearances() on
// the current model, recomputed by refresh() after each edit (it is fast). Clicking a problem
// asks the window to select its culprits on the plan; when there is none, a sentence says so.
class ClearancePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ClearancePanel(QWidget *parent = nullptr);

    // The model must outlive the panel or be replaced first; nullptr empties the panel.
    void setModel(const SiteModel *model, Id hallId);
    // Checks again, after an edit of the layout or of the rules.
    void refresh();

    bool allHalls() const;
    void setAllHalls(bool all);
    int count() const;
    QString emptyText() const;

    ClearanceTableModel *tableModel() const { return m_tableModel; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void countChanged(int count);
    // The user picked a problem: select what it is about and show it.
    void violationActivated(const hectare::ClearanceViolation &violation);

private:
    void activate(const QModelIndex &index);

    const SiteModel *m_model = nullptr;
    Id m_hallId = kNoId;
    int m_count = -1;
    ClearanceTableModel *m_tableModel = nullptr;
    QCheckBox *m_allHalls = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace hectare::ui
