#include "scenario_table_panel.h"

#include "choice_item_delegate.h"
#include "scenario_part.h"

#include "session/document_session.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace hectare::ui {

ScenarioTablePanel::ScenarioTablePanel(QAbstractItemModel *model, ScenarioPart *part, const QString &addText,
                                       const QString &removeText, int stretchColumn, QWidget *parent)
    : TablePanel(new QSortFilterProxyModel, parent), m_part(part), m_stretchColumn(stretchColumn)
{
    setSourceModel(model);
    view()->setItemDelegate(new ChoiceItemDelegate(view()));
    view()->sortByColumn(-1, Qt::AscendingOrder);   // the scenario's order until the user sorts
    addButton()->setText(addText);
    removeButton()->setText(removeText);
    connect(addButton(), &QPushButton::clicked, this, &ScenarioTablePanel::addItem);
    connect(removeButton(), &QPushButton::clicked, this, &ScenarioTablePanel::removeSelectedItem);
    connect(view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScenarioTablePanel::updateActions);
    connect(proxy(), &QAbstractItemModel::modelReset, this, &ScenarioTablePanel::updateActions);
    connect(proxy(), &QAbstractItemModel::rowsRemoved, this, &ScenarioTablePanel::updateActions);
    updateActions();
}

void ScenarioTablePanel::setScenario(DocumentSession *session, Id scenarioId)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_scenarioId = scenarioId;
    clearRejection();
    m_part->setScenario(session, scenarioId);
    if (m_session)   // a change that went through makes the last refusal old news
        connect(m_session, &DocumentSession::scenariosReset, this, &ScenarioTablePanel::clearRejection);
    fitColumns(m_stretchColumn);
    updateActions();
}

void ScenarioTablePanel::addItem()
{
    const Result<Id> id = m_part->addItem();
    if (!id) {
        showRejection(id.error().text());
        return;
    }
    selectSourceRow(m_part->sourceRowOf(id.value()));
}

void ScenarioTablePanel::removeSelectedItem()
{
    const Id id = currentId();
    if (id == kNoId)
        return;
    const Status status = m_part->removeItem(id);
    if (!status)
        showRejection(status.error().text());
}

void ScenarioTablePanel::updateActions()
{
    const bool writable = m_session && !m_session->isReadOnly() && m_scenarioId != kNoId;
    addButton()->setEnabled(writable);
    removeButton()->setEnabled(writable && currentId() != kNoId);
}

} // namespace hectare::ui
