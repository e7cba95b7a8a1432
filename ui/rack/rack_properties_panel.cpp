#include "rack_properties_panel.h"

#include "commands/rack_commands.h"
#include "session/document_session.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>

#include <algorithm>

namespace hectare::ui {

RackPropertiesPanel::RackPropertiesPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QFormLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("rackTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_location = new QLabel(this);
    m_size = new QLabel(this);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("rackState"));
    for (RackState state : {RackState::Free, RackState::Reserved, RackState::Occupied, RackState::Blocked})
        m_state->addItem(displayName(state), int(state));
    m_tenant = new QComboBox(this);
    m_tenant->setObjectName(QStringLiteral("rackTenant"));
    m_designKw = new QDoubleSpinBox(this);
    m_designKw->setObjectName(QStringLiteral("rackDesignKw"));
    m_designKw->setRange(0, 100);
    m_designKw->setDecimals(1);
    m_designKw->setSingleStep(0.5);
    m_designKw->setSuffix(QStringLiteral(" kW"));
    m_feedA = new QComboBox(this);
    m_feedB = new QComboBox(this);

    layout->addRow(m_title);
    layout->addRow(tr("Location:"), m_location);
    layout->addRow(tr("Size:"), m_size);
    layout->addRow(tr("&State:"), m_state);
    layout->addRow(tr("&Tenant:"), m_tenant);
    layout->addRow(tr("&Design power:"), m_designKw);
    layout->addRow(tr("Feed &A:"), m_feedA);
    layout->addRow(tr("Feed &B:"), m_feedB);

    connect(m_state, &QComboBox::activated, this, &RackPropertiesPanel::onStateChosen);
    connect(m_tenant, &QComboBox::activated, this, &RackPropertiesPanel::onTenantChosen);
    connect(m_designKw, &QDoubleSpinBox::editingFinished, this, &RackPropertiesPanel::onDesignKwEdited);
    connect(m_feedA, &QComboBox::activated, this, &RackPropertiesPanel::onFeedChosen);
    connect(m_feedB, &QComboBox::activated, this, &RackPropertiesPanel::onFeedChosen);
    showRack(kNoId);
}

void RackPropertiesPanel::setSession(DocumentSession *session)
{
    m_session = session;
    m_rackId = kNoId;
    if (m_session) {
        connect(m_session, &DocumentSession::rackChanged, this, [this](Id id) {
            if (id == m_rackId)
                refresh();
        });
        connect(m_session, &DocumentSession::tenantsReset, this, &RackPropertiesPanel::refresh);
    }
    refresh();
}

const Rack *RackPropertiesPanel::currentRack() const
{
    if (!m_session || m_rackId == kNoId)
        return nullptr;
    const auto &racks = m_session->model().racks;
    auto it = std::lower_bound(racks.begin(), racks.end(), m_rackId, [](const Rack &r, Id id) { return r.id < id; });
    return it != racks.end() && it->id == m_rackId ? &*it : nullptr;
}

void RackPropertiesPanel::showRack(Id rackId)
{
    m_rackId = rackId;
    refresh();
}

void RackPropertiesPanel::fillChoices()
{
    const Rack *rack = currentRack();
    const SiteModel &model = m_session->model();
    m_tenant->clear();
    m_tenant->addItem(tr("(none)"), qint64(kNoId));
    for (const Tenant &tenant : model.tenants)
        m_tenant->addItem(tenant.name, qint64(tenant.id));
    const Id hallId = model.hallOfRack(*rack);
    for (QComboBox *combo : {m_feedA, m_feedB}) {
        combo->clear();
        combo->addItem(tr("(none)"), qint64(kNoId));
        for (const Pdu &pdu : model.pdus)
            if (pdu.hallId == hallId)
                combo->addItem(pdu.name, qint64(pdu.id));
    }
}

void RackPropertiesPanel::refresh()
{
    const QSignalBlocker blockState(m_state), blockTenant(m_tenant), blockKw(m_designKw), blockA(m_feedA),
        blockB(m_feedB);
    const Rack *rack = currentRack();
    const bool editable = rack && m_session && !m_session->isReadOnly();
    for (QWidget *w : std::initializer_list<QWidget *>{m_state, m_tenant, m_designKw, m_feedA, m_feedB})
        w->setEnabled(editable);
    if (!rack) {
        m_title->setText(tr("No rack selected"));
        m_location->clear();
        m_size->clear();
        return;
    }
    const SiteModel &model = m_session->model();
    const Row *row = model.row(rack->rowId);
    const Hall *hall = row ? model.hall(row->hallId) : nullptr;
    const QLocale locale;
    m_title->setText(tr("Rack %1").arg(rack->name));
    m_location->setText(tr("Hall %1, row %2").arg(hall ? hall->name : QString(), row ? row->name : QString()));
    m_size->setText(tr("%1 × %2 mm, %3 U, up to %4 kg")
                        .arg(locale.toString(rack->widthMm, 'f', 0), locale.toString(rack->depthMm, 'f', 0),
                             locale.toString(rack->heightU), locale.toString(rack->maxWeightKg, 'f', 0)));
    fillChoices();
    m_state->setCurrentIndex(m_state->findData(int(rack->state)));
    m_tenant->setCurrentIndex(m_tenant->findData(qint64(rack->tenantId)));
    m_designKw->setValue(rack->designKw);
    m_feedA->setCurrentIndex(m_feedA->findData(qint64(rack->feedAPduId)));
    m_feedB->setCurrentIndex(m_feedB->findData(qint64(rack->feedBPduId)));
}

void RackPropertiesPanel::submit(const Rack &edited)
{
    const Rack *rack = currentRack();
    if (!rack || edited == *rack)
        return;
    const Rack before = *rack;
    const Status status = m_session->execute(
        new EditRackCommand(m_session, before, edited, EditRackCommand::describe(before, edited)));
    if (!status) {
        refresh();   // show the document as it is: nothing changed
        Q_EMIT editRejected(status.error().text());
    }
}

void RackPropertiesPanel::onStateChosen()
{
    const Rack *rack = currentRack();
    if (!rack)
        return;
    Rack edited = *rack;
    edited.state = RackState(m_state->currentData().toInt());
    // Free and blocked positions belong to nobody; keep the document consistent in one step.
    if (edited.state == RackState::Free || edited.state == RackState::Blocked)
        edited.tenantId = kNoId;
    submit(edited);
}

void RackPropertiesPanel::onTenantChosen()
{
    const Rack *rack = currentRack();
    if (!rack)
        return;
    Rack edited = *rack;
    edited.tenantId = m_tenant->currentData().toLongLong();
    // Giving a free position to a tenant reserves it; taking the tenant away frees it.
    if (edited.tenantId != kNoId && (edited.state == RackState::Free || edited.state == RackState::Blocked))
        edited.state = RackState::Reserved;
    if (edited.tenantId == kNoId && (edited.state == RackState::Reserved || edited.state == RackState::Occupied))
        edited.state = RackState::Free;
    submit(edited);
}

void RackPropertiesPanel::onDesignKwEdited()
{
    const Rack *rack = currentRack();
    if (!rack)
        return;
    Rack edited = *rack;
    edited.designKw = m_designKw->value();
    submit(edited);
}

void RackPropertiesPanel::onFeedChosen()
{
    const Rack *rack = currentRack();
    if (!rack)
        return;
    Rack edited = *rack;
    edited.feedAPduId = m_feedA->currentData().toLongLong();
    edited.feedBPduId = m_feedB->currentData().toLongLong();
    submit(edited);
}

} // namespace hectare::ui
