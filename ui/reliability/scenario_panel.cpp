#include "scenario_panel.h"

#include "failure_scenario_dialog.h"
#include "scenario_chart.h"
#include "scenario_losses_model.h"

#include "commands/failure_scenario_commands.h"
#include "session/document_session.h"

#include "reliability/stored_scenario.h"
#include "store/failure_scenario_writer.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace hectare::ui {

using reliability::LoadBasis;

ScenarioPanel::ScenarioPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("scenarioPanel"));
    m_scenario = new QComboBox(this);
    m_scenario->setObjectName(QStringLiteral("failureScenario"));
    m_scenario->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scenario->setToolTip(tr("The failure scenarios stored in the document"));
    m_basis = new QComboBox(this);
    m_basis->setObjectName(QStringLiteral("loadBasis"));
    m_basis->addItem(reliability::loadBasisName(LoadBasis::Contracted), int(LoadBasis::Contracted));
    m_basis->addItem(reliability::loadBasisName(LoadBasis::Design), int(LoadBasis::Design));
    m_basis->setToolTip(tr("Contracted: the kW the tenants have signed for. Design: every position at its design kW."));
    m_replay = new QPushButton(tr("&Replay"), this);
    m_replay->setObjectName(QStringLiteral("replay"));
    m_replay->setToolTip(tr("Replay the scenario over the site as it is now"));
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("scenarioDescription"));
    m_description->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scenarioSummary"));
    m_summary->setWordWrap(true);

    m_chart = new ScenarioChart(this);
    m_losses = new ScenarioLossesModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("scenarioLosses"));
    m_table->setModel(m_losses);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ScenarioLossesModel::CausesColumn, QHeaderView::Stretch);
    // A load can carry a dozen tenants: a fixed width (the whole list on hover) leaves the
    // times and the causes in view.
    m_table->horizontalHeader()->setSectionResizeMode(ScenarioLossesModel::TenantsColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(ScenarioLossesModel::TenantsColumn, 16 * m_table->fontMetrics().averageCharWidth() * 2);
    m_table->setTextElideMode(Qt::ElideRight);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(splitter, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("scenarioMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setEnabled(false);   // greyed, as an empty state reads
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_message);

    auto *toolBar = new QHBoxLayout;
    toolBar->addWidget(new QLabel(tr("Scenario:"), this));
    toolBar->addWidget(m_scenario);
    toolBar->addWidget(new QLabel(tr("Load:"), this));
    toolBar->addWidget(m_basis);
    toolBar->addWidget(m_replay);
    toolBar->addStretch(1);
    m_newAction = makeAction(tr("&New…"), QKeySequence(Qt::Key_Insert), tr("Create a failure scenario"),
                             "newFailureScenario");
    m_editAction = makeAction(tr("&Edit…"), QKeySequence(Qt::Key_F2), tr("Edit the chosen failure scenario"),
                              "editFailureScenario");
    m_deleteAction = makeAction(tr("&Delete"), QKeySequence::Delete, tr("Delete the chosen failure scenario"),
                                "deleteFailureScenario");
    toolBar->addWidget(makeButton(m_newAction));
    toolBar->addWidget(makeButton(m_editAction));
    toolBar->addWidget(makeButton(m_deleteAction));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(toolBar);
    layout->addWidget(m_description);
    layout->addWidget(m_stack, 1);

    connect(m_newAction, &QAction::triggered, this, &ScenarioPanel::newScenario);
    connect(m_editAction, &QAction::triggered, this, &ScenarioPanel::editScenario);
    connect(m_deleteAction, &QAction::triggered, this, &ScenarioPanel::deleteScenario);
    connect(m_replay, &QPushButton::clicked, this, &ScenarioPanel::replay);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &ScenarioPanel::replay);
    connect(m_scenario, &QComboBox::currentIndexChanged, this, &ScenarioPanel::updateActions);
    connect(m_basis, &QComboBox::currentIndexChanged, this, &ScenarioPanel::replay);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScenarioPanel::emitSelectedRacks);
    documentChanged();
}

ScenarioPanel::~ScenarioPanel() = default;

void ScenarioPanel::setSession(DocumentSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    // Every edit ends with capacityChanged, and a replay takes milliseconds: replaying after
    // each one keeps the panel true to the document without tracking what each edit touched.
    if (m_session)
        connect(m_session, &DocumentSession::capacityChanged, this, &ScenarioPanel::documentChanged);
    documentChanged();
}

void ScenarioPanel::documentChanged()
{
    fillScenarios();
    replay();
}

void ScenarioPanel::fillScenarios()
{
    // The same scenario stays chosen: by its id when it was renamed, else by its name (a
    // document reopened or undone into the same scenarios under other ids).
    const QString current = m_scenario->currentText();
    const QVariant currentId = m_scenario->currentData();
    const QSignalBlocker blocker(m_scenario);
    m_scenario->clear();
    if (m_session)
        for (const FailureScenarioSpec &spec : m_session->model().failureScenarios)
            m_scenario->addItem(spec.name, QVariant::fromValue(spec.id));
    int index = currentId.isValid() ? m_scenario->findData(currentId) : -1;
    if (index < 0)
        index = m_scenario->findText(current);
    m_scenario->setCurrentIndex(index >= 0 ? index : 0);
    m_scenario->setEnabled(m_scenario->count() > 0);
    m_replay->setEnabled(m_scenario->count() > 0);
    updateActions();
}

bool ScenarioPanel::selectScenario(const QString &name)
{
    const int index = m_scenario->findText(name);
    if (index < 0)
        return false;
    if (index == m_scenario->currentIndex())
        return replay();
    m_scenario->setCurrentIndex(index);   // replays
    return m_run != nullptr;
}

bool ScenarioPanel::replay()
{
    const FailureScenarioSpec *spec =
        m_session ? m_session->model().failureScenarioByName(m_scenario->currentText()) : nullptr;
    m_description->setText(spec ? spec->description : QString());
    m_description->setVisible(spec && !spec->description.isEmpty());
    if (!m_session) {
        showMessage(tr("No document"));
        return false;
    }
    if (!spec) {
        showMessage(tr("This document has no failure scenarios yet. A failure scenario replays grid outages, "
                       "failures and maintenance over the site and shows which racks lose power or cooling."));
        return false;
    }
    reliability::CompileOptions options;
    options.load = LoadBasis(m_basis->currentData().toInt());
    options.asOf = m_session->asOf();
    Result<reliability::StoredScenarioRun> run = reliability::replayStored(m_session->model(), *spec, options);
    if (!run) {
        showMessage(tr("The scenario cannot be replayed: %1").arg(run.error().text()));
        return false;
    }
    m_run = std::make_unique<reliability::StoredScenarioRun>(std::move(run.value()));
    m_chart->setRun(*m_run);
    m_losses->setRun(m_run.get(), m_session->model());
    updateSummary();
    m_stack->setCurrentWidget(m_content);
    return true;
}

void ScenarioPanel::showMessage(const QString &message)
{
    m_run.reset();
    m_losses->clear();
    m_chart->clear(message);
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
}

QString ScenarioPanel::messageText() const
{
    return m_stack->currentWidget() == m_message ? m_message->text() : QString();
}

void ScenarioPanel::updateSummary()
{
    const int losses = m_losses->rowCount();
    if (losses == 0) {
        m_summary->setText(tr("No rack loses power or cooling over the %1 h of this scenario.")
                               .arg(QLocale().toString(m_run->timeline.horizonHours, 'g', 6)));
        return;
    }
    m_summary->setText(tr("%n loss(es) of power or cooling; %1 kWh of IT load dropped. Select a loss to see its racks on the plan.",
                          nullptr, losses)
                           .arg(QLocale().toString(m_run->timeline.droppedKwHours(), 'f', 0)));
}

QAction *ScenarioPanel::makeAction(const QString &text, const QKeySequence &key, const QString &tip, const char *name)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(key);
    // Plain keys act only while the panel has the focus: Delete on the plan deletes racks.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    addAction(action);
    return action;
}

QToolButton *ScenarioPanel::makeButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

void ScenarioPanel::updateActions()
{
    const bool writable = m_session && !m_session->isReadOnly();
    m_newAction->setEnabled(writable);
    m_editAction->setEnabled(writable && currentScenario());
    m_deleteAction->setEnabled(writable && currentScenario());
}

const FailureScenarioSpec *ScenarioPanel::currentScenario() const
{
    return m_session ? m_session->model().failureScenarioByName(m_scenario->currentText()) : nullptr;
}

void ScenarioPanel::newScenario()
{
    if (!m_session)
        return;
    FailureScenarioSpec scenario;
    scenario.id = nextFailureScenarioId(m_session->model());
    FailureScenarioDialog dialog(m_session->model(), scenario, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const FailureScenarioSpec created = dialog.spec();
    if (const Status status = m_session->execute(new AddFailureScenarioCommand(m_session, created)); !status) {
        QMessageBox::warning(this, tr("New Failure Scenario"), status.error().text());
        return;
    }
    selectScenario(created.name);
}

void ScenarioPanel::editScenario()
{
    const FailureScenarioSpec *current = currentScenario();
    if (!current)
        return;
    const FailureScenarioSpec before = *current;
    FailureScenarioDialog dialog(m_session->model(), before, this);
    if (dialog.exec() != QDialog::Accepted || dialog.spec() == before)
        return;
    if (const Status status = m_session->execute(new EditFailureScenarioCommand(m_session, before, dialog.spec()));
        !status)
        QMessageBox::warning(this, tr("Edit Failure Scenario"), status.error().text());
}

void ScenarioPanel::deleteScenario()
{
    const FailureScenarioSpec *current = currentScenario();
    if (!current)
        return;
    const FailureScenarioSpec scenario = *current;
    if (QMessageBox::question(this, tr("Delete Failure Scenario"),
                              tr("Delete the failure scenario \"%1\"? Undo brings it back.").arg(scenario.name))
        != QMessageBox::Yes)
        return;
    if (const Status status = m_session->execute(new DeleteFailureScenarioCommand(m_session, scenario)); !status)
        QMessageBox::warning(this, tr("Delete Failure Scenario"), status.error().text());
}

void ScenarioPanel::emitSelectedRacks()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const ScenarioLossesModel::Row &row = m_losses->row(rows.front().row());
    Q_EMIT showRacks(row.hallId, row.rackIds);
}

} // namespace hectare::ui
