#pragma once

#include "model/ids.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTabWidget;

namespace hectare::ui {

class DocumentSession;
class ExpansionTableModel;
class GrowthOutlookView;
class ProspectTableModel;
class ScenarioListModel;
class ScenarioSettingsForm;
class ScenarioTablePanel;
class TenantGrowthTableModel;

// The Growth dock: the document's scenarios (new, duplicate, rename, remove), the assumptions of
// the selected one (general settings, prospects, expansions, per-tenant growth; every change one
// undo step, what core refuses reported through editRejected with the document unchanged), and
// its outlook: Run, the summary, the chart, the comparison with a second scenario, exports.
class ScenariosPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScenariosPanel(QWidget *parent = nullptr);

    // nullptr empties the panel.
    void setSession(DocumentSession *session);
    void selectScenario(Id scenarioId);
    Id currentScenarioId() const { return m_scenarioId; }
    // The last refusal of a list or settings edit (tables show their own); empty once a change went through.
    QString statusText() const;

    QListView *scenarioList() const { return m_list; }
    ScenarioListModel *scenarioModel() const { return m_listModel; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *removeButton() const { return m_remove; }
    QTabWidget *assumptionTabs() const { return m_tabs; }
    ScenarioSettingsForm *settingsForm() const { return m_settings; }
    ScenarioTablePanel *prospectsPanel() const { return m_prospectsPanel; }
    ScenarioTablePanel *expansionsPanel() const { return m_expansionsPanel; }
    ScenarioTablePanel *tenantGrowthPanel() const { return m_growthPanel; }
    ProspectTableModel *prospectModel() const { return m_prospects; }
    ExpansionTableModel *expansionModel() const { return m_expansions; }
    TenantGrowthTableModel *tenantGrowthModel() const { return m_growth; }
    GrowthOutlookView *outlook() const { return m_outlook; }

public Q_SLOTS:
    // A scenario starting this month with the defaults, called "New scenario N".
    void addScenario();
    void duplicateSelectedScenario();
    void renameSelectedScenario();
    void removeSelectedScenario();

Q_SIGNALS:
    void editRejected(const QString &message);
    void scenarioSelected(hectare::Id scenarioId);

private:
    void createAssumptionTabs();
    void onListChanged();
    void showScenario(Id scenarioId);
    void showRejection(const QString &message);
    void clearRejection();
    void updateActions();
    Id selectedListId() const;

    QPointer<DocumentSession> m_session;
    Id m_scenarioId = kNoId;

    ScenarioListModel *m_listModel = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QTabWidget *m_tabs = nullptr;
    ScenarioSettingsForm *m_settings = nullptr;
    ProspectTableModel *m_prospects = nullptr;
    ExpansionTableModel *m_expansions = nullptr;
    TenantGrowthTableModel *m_growth = nullptr;
    ScenarioTablePanel *m_prospectsPanel = nullptr;
    ScenarioTablePanel *m_expansionsPanel = nullptr;
    ScenarioTablePanel *m_growthPanel = nullptr;
    GrowthOutlookView *m_outlook = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace hectare::ui
