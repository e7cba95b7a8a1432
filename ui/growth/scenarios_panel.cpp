#include "scenarios_panel.h"

#include "expansion_table_model.h"
#include "growth_outlook_view.h"
#include "prospect_table_model.h"
#include "scenario_list_model.h"
#include "scenario_settings_form.h"
#include "scenario_table_panel.h"
#include "tenant_growth_table_model.h"

#include "commands/scenario_commands.h"
#include "models/table_roles.h"
#include "session/document_session.h"

#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hectare::ui {

ScenariosPanel::ScenariosPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scenariosPanel"));
    m_listModel = new ScenarioListModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("scenarioList"));
    m_list->setModel(m_listModel);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_new = new QPushButton(tr("&New"), this);
    m_new->setObjectName(QStringLiteral("newScenario"));
    m_duplicate = new QPushButton(tr("&Duplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateScenario"));
    m_rename = new QPushButton(tr("Re&name"), this);
    m_rename->setObjectName(QStringLiteral("renameScenario"));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("removeScenario"));

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(new QLabel(tr("Scenarios"), listPane));
    listLayout->addWidget(m_list, 1);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_new, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_rename, 1, 0);
    buttons->addWidget(m_remove, 1, 1);
    listLayout->addLayout(buttons);

    createAssumptionTabs();
    m_outlook = new GrowthOutlookView;
    // In a short dock the outlook scrolls rather than forcing the dock area taller.
    auto *outlookScroll = new QScrollArea(this);
    outlookScroll->setWidget(m_outlook);
    outlookScroll->setWidgetResizable(true);
    outlookScroll->setFrameShape(QFrame::NoFrame);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(listPane);
    splitter->addWidget(m_tabs);
    splitter->addWidget(outlookScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({210, 560, 830});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #c02a24"));
    m_status->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, &ScenariosPanel::addScenario);
    connect(m_duplicate, &QPushButton::clicked, this, &ScenariosPanel::duplicateSelectedScenario);
    connect(m_rename, &QPushButton::clicked, this, &ScenariosPanel::renameSelectedScenario);
    connect(m_remove, &QPushButton::clicked, this, &ScenariosPanel::removeSelectedScenario);
    connect(m_listModel, &ScenarioListModel::editRejected, this, &ScenariosPanel::showRejection);
    connect(m_settings, &ScenarioSettingsForm::editRejected, this, &ScenariosPanel::showRejection);
    connect(m_outlook, &GrowthOutlookView::editRejected, this, &ScenariosPanel::showRejection);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ScenariosPanel::onListChanged);
    // A removal or a reset may drop the selection without selectionChanged: check after each.
    connect(m_listModel, &QAbstractItemModel::rowsRemoved, this, &ScenariosPanel::onListChanged);
    connect(m_listModel, &QAbstractItemModel::modelReset, this, &ScenariosPanel::onListChanged);
    updateActions();
}

void ScenariosPanel::createAssumptionTabs()
{
    m_settings = new ScenarioSettingsForm;
    auto *settingsScroll = new QScrollArea;
    settingsScroll->setWidget(m_settings);
    settingsScroll->setWidgetResizable(true);
    settingsScroll->setFrameShape(QFrame::NoFrame);

    m_prospects = new ProspectTableModel(this);
    m_prospectsPanel = new ScenarioTablePanel(m_prospects, m_prospects, tr("&Add prospect"), tr("Remove prospect"), -1);
    m_prospectsPanel->setObjectName(QStringLiteral("prospectsPanel"));
    m_expansions = new ExpansionTableModel(this);
    m_expansionsPanel
        = new ScenarioTablePanel(m_expansions, m_expansions, tr("&Add expansion"), tr("Remove expansion"), -1);
    m_expansionsPanel->setObjectName(QStringLiteral("expansionsPanel"));
    m_growth = new TenantGrowthTableModel(this);
    m_growthPanel = new ScenarioTablePanel(m_growth, m_growth, tr("&Add tenant"), tr("Remove tenant"),
                                           TenantGrowthTableModel::TenantColumn);
    m_growthPanel->setObjectName(QStringLiteral("tenantGrowthPanel"));

    connect(m_prospects, &ProspectTableModel::editRejected, m_prospectsPanel, &ScenarioTablePanel::showRejection);
    connect(m_expansions, &ExpansionTableModel::editRejected, m_expansionsPanel, &ScenarioTablePanel::showRejection);
    connect(m_growth, &TenantGrowthTableModel::editRejected, m_growthPanel, &ScenarioTablePanel::showRejection);
    for (ScenarioTablePanel *panel : {m_prospectsPanel, m_expansionsPanel, m_growthPanel})
        connect(panel, &TablePanel::editRejected, this, &ScenariosPanel::editRejected);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("assumptionTabs"));
    m_tabs->addTab(settingsScroll, tr("General"));
    m_tabs->addTab(m_prospectsPanel, tr("Prospects"));
    m_tabs->addTab(m_expansionsPanel, tr("Expansions"));
    m_tabs->addTab(m_growthPanel, tr("Tenant growth"));
}

void ScenariosPanel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_scenarioId = kNoId;
    clearRejection();
    m_outlook->setSession(session);
    m_listModel->setSession(session);
    if (m_session)
        connect(m_session, &DocumentSession::scenariosReset, this, &ScenariosPanel::clearRejection);
    const bool any = m_session && !m_session->model().scenarios.empty();
    if (any)
        selectScenario(m_session->model().scenarios.front().id);
    else
        showScenario(kNoId);
}

void ScenariosPanel::selectScenario(Id scenarioId)
{
    const int row = m_listModel->rowOfId(scenarioId);
    if (row < 0) {
        m_list->clearSelection();
        return;
    }
    m_list->setCurrentIndex(m_listModel->index(row, 0));
    m_list->selectionModel()->select(m_listModel->index(row, 0), QItemSelectionModel::ClearAndSelect);
}

Id ScenariosPanel::selectedListId() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() ? kNoId : rows.first().data(kIdRole).value<Id>();
}

void ScenariosPanel::onListChanged()
{
    Id id = selectedListId();
    if (id == kNoId && m_listModel->rowCount() > 0) {
        // The selected scenario went (removed, or its duplicate undone): show the first.
        selectScenario(m_listModel->idAt(0));
        return;
    }
    if (id != m_scenarioId)
        showScenario(id);
    updateActions();
}

void ScenariosPanel::showScenario(Id scenarioId)
{
    m_scenarioId = scenarioId;
    m_settings->setScenario(m_session, scenarioId);
    m_prospectsPanel->setScenario(m_session, scenarioId);
    m_expansionsPanel->setScenario(m_session, scenarioId);
    m_growthPanel->setScenario(m_session, scenarioId);
    m_outlook->setScenario(scenarioId);
    updateActions();
    Q_EMIT scenarioSelected(scenarioId);
}

void ScenariosPanel::addScenario()
{
    if (!m_session)
        return;
    Scenario scenario;
    QStringList names;
    for (const Scenario &s : m_session->model().scenarios) {
        scenario.id = std::max(scenario.id, s.id);
        names << s.name;
    }
    ++scenario.id;
    for (int n = 1; scenario.name.isEmpty() || names.contains(scenario.name); ++n)
        scenario.name = tr("New scenario %1").arg(n);
    const QDate today = m_session->asOf();
    scenario.start = QDate(today.year(), today.month(), 1);
    const Status status = m_session->execute(new AddScenarioCommand(m_session, scenario));
    if (!status) {
        showRejection(status.error().text());
        return;
    }
    selectScenario(scenario.id);
}

void ScenariosPanel::duplicateSelectedScenario()
{
    const Scenario *source = nullptr;
    if (m_session)
        for (const Scenario &s : m_session->model().scenarios)
            if (s.id == m_scenarioId)
                source = &s;
    if (!source)
        return;
    auto *command = new DuplicateScenarioCommand(m_session, *source);
    const Id copyId = command->scenario().id;
    const Status status = m_session->execute(command);
    if (!status) {
        showRejection(status.error().text());
        return;
    }
    selectScenario(copyId);
}

void ScenariosPanel::renameSelectedScenario()
{
    const int row = m_listModel->rowOfId(m_scenarioId);
    if (row >= 0)
        m_list->edit(m_listModel->index(row, 0));
}

void ScenariosPanel::removeSelectedScenario()
{
    if (!m_session)
        return;
    const auto &scenarios = m_session->model().scenarios;
    const auto it
        = std::find_if(scenarios.begin(), scenarios.end(), [this](const Scenario &s) { return s.id == m_scenarioId; });
    if (it == scenarios.end())
        return;
    const Status status = m_session->execute(new RemoveScenarioCommand(m_session, *it));
    if (!status)
        showRejection(status.error().text());
}

QString ScenariosPanel::statusText() const { return m_status->isHidden() ? QString() : m_status->text(); }

void ScenariosPanel::showRejection(const QString &message)
{
    m_status->setText(message);
    m_status->show();
    Q_EMIT editRejected(message);
}

void ScenariosPanel::clearRejection()
{
    m_status->clear();
    m_status->hide();
}

void ScenariosPanel::updateActions()
{
    const bool writable = m_session && !m_session->isReadOnly();
    const bool selected = m_scenarioId != kNoId;
    m_new->setEnabled(writable);
    m_duplicate->setEnabled(writable && selected);
    m_rename->setEnabled(writable && selected);
    m_remove->setEnabled(writable && selected);
}

} // namespace hectare::ui
