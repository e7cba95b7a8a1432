#pragma once

#include "model/ids.h"
#include "reliability/compiled_site.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QTreeView;

namespace hectare::ui {

class DocumentSession;
class ReliabilityAnalysis;
class Tier3FindingsModel;

// The Tier III check list: the verdict in one line, the load basis (contracted or design), and
// the findings grouped by kind (Tier3FindingsModel). Selecting a finding asks the window to show
// the component (componentSelected, for the topology view) and the racks its maintenance would
// drop on the hall plan (showRacks: the hall holding most of them); Enter or "Show on plan" asks
// again. The panel owns the analysis the topology view shares (analysis()).
class Tier3Panel : public QWidget
{
    Q_OBJECT

public:
    explicit Tier3Panel(QWidget *parent = nullptr);
    ~Tier3Panel() override;

    // nullptr empties the panel.
    void setSession(DocumentSession *session);
    ReliabilityAnalysis *analysis() const { return m_analysis; }

    void setBasis(reliability::LoadBasis basis);
    reliability::LoadBasis basis() const;

    QString verdictText() const;
    QTreeView *findingsView() const { return m_tree; }
    Tier3FindingsModel *findingsModel() const { return m_model; }
    QComboBox *basisBox() const { return m_basis; }

    // Selects the first finding about the component (from a click in the topology view); false
    // when the check has none.
    bool selectComponent(const QString &kind, Id componentId, int member);
    // Emits showRacks for the selected finding, if it drops racks.
    void showSelectedOnPlan();

Q_SIGNALS:
    void showRacks(hectare::Id hallId, const std::vector<hectare::Id> &rackIds);
    void componentSelected(const QString &kind, hectare::Id componentId, int member);

private:
    void refresh();
    void onCurrentChanged(const QModelIndex &current);

    ReliabilityAnalysis *m_analysis = nullptr;
    Tier3FindingsModel *m_model = nullptr;
    QLabel *m_verdictIcon = nullptr;
    QLabel *m_verdict = nullptr;
    QComboBox *m_basis = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_showOnPlan = nullptr;
};

} // namespace hectare::ui
