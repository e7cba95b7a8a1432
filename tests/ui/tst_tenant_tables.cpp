// The tenants and contracts tables over the bundled sample site, driven through their real
// widgets (filter box, view editors, buttons) and checked against the document: every edit is
// one undo command, what core refuses leaves the document as it was and is reported.
#include "commands/rack_commands.h"
#include "models/contract_table_model.h"
#include "models/table_roles.h"
#include "models/tenant_table_model.h"
#include "session/document_session.h"
#include "tables/contracts_panel.h"
#include "tables/tenants_panel.h"

#include "io/sample_site.h"
#include "store/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QtTest>

#include <memory>

using namespace hectare;
using namespace hectare::ui;

namespace {

const Tenant &tenantNamed(const SiteModel &model, const QString &name)
{
    for (const Tenant &tenant : model.tenants)
        if (tenant.name == name)
            return tenant;
    qFatal("no tenant named %s in the sample", qPrintable(name));
}

const Contract &contractWithId(const SiteModel &model, Id id)
{
    for (const Contract &contract : model.contracts)
        if (contract.id == id)
            return contract;
    qFatal("no contract #%lld in the sample", qint64(id));
}

// Worked out here from the model, independently of the table: signed or active contracts
// that have not ended by `asOf`.
double committedKwOf(const SiteModel &model, Id tenantId, QDate asOf)
{
    double kw = 0;
    for (const Contract &c : model.contracts) {
        const bool sold = c.status == ContractStatus::Signed || c.status == ContractStatus::Active;
        if (c.tenantId == tenantId && sold && (!c.end.isValid() || c.end >= asOf))
            kw += c.committedKw;
    }
    return kw;
}

int racksHeldBy(const SiteModel &model, Id tenantId)
{
    return int(std::count_if(model.racks.begin(), model.racks.end(), [tenantId](const Rack &r) {
        return r.tenantId == tenantId && (r.state == RackState::Occupied || r.state == RackState::Reserved);
    }));
}

// The view's index of an object's row (by id) in `column`; invalid when the filter hides it.
QModelIndex viewIndex(const TablePanel &panel, Id id, int column)
{
    const QAbstractItemModel *model = panel.view()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(kIdRole).value<Id>() == id)
            return model->index(row, column);
    return {};
}

// Opens the view's editor on `index` and returns it.
template<typename Editor>
Editor *openEditor(QTableView *view, const QModelIndex &index)
{
    view->setCurrentIndex(index);
    view->edit(index);
    return view->viewport()->findChild<Editor *>();
}

// Types `text` over the editor's contents and presses Enter. The view commits on the next turn
// of the event loop, which this lets happen.
void typeAndCommit(QWidget *editor, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        spin->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

} // namespace

class TestTenantTables : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<DocumentSession> m_session;
    std::unique_ptr<TenantsPanel> m_tenants;
    std::unique_ptr<ContractsPanel> m_contracts;

    const SiteModel &model() const { return m_session->model(); }
    QUndoStack *undo() const { return m_session->undoStack(); }

private Q_SLOTS:
    void init()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY2(sample.ok(), qPrintable(sample.ok() ? QString() : sample.error().text()));
        Result<std::unique_ptr<Document>> doc = Document::createInMemory(sample.value());
        QVERIFY2(doc.ok(), qPrintable(doc.ok() ? QString() : doc.error().text()));
        m_session = std::make_unique<DocumentSession>(std::move(doc.value()), true);
        m_tenants = std::make_unique<TenantsPanel>();
        m_contracts = std::make_unique<ContractsPanel>();
        m_tenants->setSession(m_session.get());
        m_contracts->setSession(m_session.get());
        connect(m_tenants.get(), &TenantsPanel::tenantSelected, m_contracts.get(), &ContractsPanel::setSelectedTenant);
        m_tenants->resize(900, 400);
        m_contracts->resize(900, 400);
        m_tenants->show();
        m_contracts->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_tenants.get()));
        QVERIFY(QTest::qWaitForWindowExposed(m_contracts.get()));
    }

    void cleanup()
    {
        m_tenants.reset();
        m_contracts.reset();
        m_session.reset();
    }

    void showsOneRowPerTenantAndContract()
    {
        QCOMPARE(model().tenants.size(), size_t(18));   // the sample's tenants
        QCOMPARE(m_tenants->view()->model()->rowCount(), int(model().tenants.size()));
        QCOMPARE(m_contracts->view()->model()->rowCount(), int(model().contracts.size()));
    }

    void computedColumnsComeFromTheModel()
    {
        const QDate asOf = m_session->asOf();
        const TenantTableModel *table = m_tenants->model();
        for (const Tenant &tenant : model().tenants) {
            const int row = table->rowOfId(tenant.id);
            QVERIFY(row >= 0);
            QCOMPARE(table->index(row, TenantTableModel::NameColumn).data().toString(), tenant.name);
            QCOMPARE(table->index(row, TenantTableModel::RacksHeldColumn).data(kSortRole).toInt(),
                     racksHeldBy(model(), tenant.id));
            QCOMPARE(table->index(row, TenantTableModel::CommittedKwColumn).data(kSortRole).toDouble(),
                     committedKwOf(model(), tenant.id, asOf));
        }
        // Ministère: 24 occupied + 6 reserved positions; 96 kW active + 24 kW signed = 120 kW.
        const Id ministry = tenantNamed(model(), QStringLiteral("Ministère de l'Économie numérique (fictif)")).id;
        QCOMPARE(table->index(table->rowOfId(ministry), TenantTableModel::RacksHeldColumn).data().toString(),
                 QLocale().toString(30));
        QCOMPARE(table->index(table->rowOfId(ministry), TenantTableModel::CommittedKwColumn).data().toString(),
                 QLocale().toString(120.0, 'f', 1));
    }

    void filterMatchesAnyColumnIgnoringCase()
    {
        QAbstractItemModel *view = m_tenants->view()->model();
        // "assur" is in two names (Assurances Mono-Lac, Assurances du Haho) and their contacts.
        QTest::keyClicks(m_tenants->filterEdit(), QStringLiteral("ASSUR"));
        QCOMPARE(view->rowCount(), 2);
        for (int row = 0; row < view->rowCount(); ++row)
            QVERIFY(view->index(row, TenantTableModel::NameColumn).data().toString().startsWith(u"Assurances"));
        // A sector: "ISP" is Agbodrafo Net and Kara Connect.
        m_tenants->filterEdit()->clear();
        QTest::keyClicks(m_tenants->filterEdit(), QStringLiteral("isp"));
        QCOMPARE(view->rowCount(), 2);
        // A contact address.
        m_tenants->filterEdit()->clear();
        QTest::keyClicks(m_tenants->filterEdit(), QStringLiteral("kara-connect.example"));
        QCOMPARE(view->rowCount(), 1);
        QCOMPARE(view->index(0, TenantTableModel::NameColumn).data().toString(), QStringLiteral("Kara Connect"));
        m_tenants->filterEdit()->clear();
        QCOMPARE(view->rowCount(), int(model().tenants.size()));

        // The contracts filter: the hall name "Government" is on contracts 19 and 20 only.
        QTest::keyClicks(m_contracts->filterEdit(), QStringLiteral("govern"));
        QCOMPARE(m_contracts->view()->model()->rowCount(), 2);
    }

    void sortsCommittedKwAsNumbers()
    {
        QTableView *view = m_tenants->view();
        view->sortByColumn(TenantTableModel::CommittedKwColumn, Qt::DescendingOrder);
        const QAbstractItemModel *sorted = view->model();
        // As text, "96.0" or "8.0" would come before "120.0"; as numbers the 120 kW of the ministry leads.
        QCOMPARE(sorted->index(0, TenantTableModel::NameColumn).data().toString(),
                 QStringLiteral("Ministère de l'Économie numérique (fictif)"));
        double previous = std::numeric_limits<double>::infinity();
        for (int row = 0; row < sorted->rowCount(); ++row) {
            bool ok = false;
            const double kw =
                QLocale().toDouble(sorted->index(row, TenantTableModel::CommittedKwColumn).data().toString(), &ok);
            QVERIFY(ok);
            QVERIFY2(kw <= previous, qPrintable(QStringLiteral("row %1: %2 kW after %3 kW").arg(row).arg(kw).arg(previous)));
            previous = kw;
        }
        view->sortByColumn(TenantTableModel::CommittedKwColumn, Qt::AscendingOrder);
        QCOMPARE(sorted->index(sorted->rowCount() - 1, TenantTableModel::NameColumn).data().toString(),
                 QStringLiteral("Ministère de l'Économie numérique (fictif)"));
    }

    void editingANameIsOneUndoStep()
    {
        const Tenant before = tenantNamed(model(), QStringLiteral("Kara Connect"));
        const QModelIndex cell = viewIndex(*m_tenants, before.id, TenantTableModel::NameColumn);
        auto *editor = openEditor<QLineEdit>(m_tenants->view(), cell);
        QVERIFY(editor);
        typeAndCommit(editor, QStringLiteral("Kara Connect SA"));

        QCOMPARE(model().tenant(before.id)->name, QStringLiteral("Kara Connect SA"));
        QCOMPARE(viewIndex(*m_tenants, before.id, TenantTableModel::NameColumn).data().toString(),
                 QStringLiteral("Kara Connect SA"));
        // The contracts table shows the new name too.
        const int contractRow = m_contracts->model()->rowOfId(2);   // contract #2 is Kara Connect's
        QCOMPARE(m_contracts->model()->index(contractRow, ContractTableModel::TenantColumn).data().toString(),
                 QStringLiteral("Kara Connect SA"));
        QCOMPARE(undo()->count(), 1);
        QCOMPARE(undo()->undoText(), QStringLiteral("Rename tenant \"Kara Connect\" to \"Kara Connect SA\""));

        undo()->undo();
        QCOMPARE(*model().tenant(before.id), before);
        QCOMPARE(viewIndex(*m_tenants, before.id, TenantTableModel::NameColumn).data().toString(), before.name);
        undo()->redo();
        QCOMPARE(model().tenant(before.id)->name, QStringLiteral("Kara Connect SA"));
    }

    void refusedTenantEditLeavesTheDocument_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("empty") << QStringLiteral("  ") << QStringLiteral("must not be empty");
        QTest::newRow("another tenant's") << QStringLiteral("Yovo Market") << QStringLiteral("same name");
    }

    void refusedTenantEditLeavesTheDocument()
    {
        QFETCH(QString, name);
        QFETCH(QString, complaint);
        const SiteModel before = model();
        QSignalSpy rejected(m_tenants.get(), &TenantsPanel::editRejected);
        const Id kara = tenantNamed(model(), QStringLiteral("Kara Connect")).id;
        QAbstractItemModel *view = m_tenants->view()->model();

        QVERIFY(!view->setData(viewIndex(*m_tenants, kara, TenantTableModel::NameColumn), name));

        QCOMPARE(rejected.count(), 1);
        const QString message = rejected.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral(": name:")) && message.contains(complaint), qPrintable(message));
        QCOMPARE(m_tenants->statusText(), message);
        QVERIFY(model() == before);
        QCOMPARE(undo()->count(), 0);
        QCOMPARE(viewIndex(*m_tenants, kara, TenantTableModel::NameColumn).data().toString(), QStringLiteral("Kara Connect"));
    }

    void refusedContractEditLeavesTheDocument()
    {
        const SiteModel before = model();
        const double committedBefore = m_session->report().power.committed;
        QSignalSpy rejected(m_contracts.get(), &ContractsPanel::editRejected);

        // Negative kW, typed into the view's editor.
        auto *spin = openEditor<QDoubleSpinBox>(
            m_contracts->view(), viewIndex(*m_contracts, 2, ContractTableModel::CommittedKwColumn));
        QVERIFY(spin);
        typeAndCommit(spin, QStringLiteral("-5"));
        QCOMPARE(rejected.count(), 1);
        QVERIFY2(rejected.last().first().toString().contains(QStringLiteral("committed kW")),
                 qPrintable(rejected.last().first().toString()));

        // An end before the start (contract #2 starts on 1 Feb 2024).
        QVERIFY(!m_contracts->view()->model()->setData(viewIndex(*m_contracts, 2, ContractTableModel::EndColumn),
                                                       QDate(2024, 1, 1)));
        QCOMPARE(rejected.count(), 2);
        QVERIFY2(rejected.last().first().toString().contains(QStringLiteral(": end:")),
                 qPrintable(rejected.last().first().toString()));
        // Text that is no number at all.
        QVERIFY(!m_contracts->view()->model()->setData(viewIndex(*m_contracts, 2, ContractTableModel::RacksColumn),
                                                       QStringLiteral("many")));
        QCOMPARE(rejected.count(), 3);
        QVERIFY2(rejected.last().first().toString().contains(QStringLiteral("racks")),
                 qPrintable(rejected.last().first().toString()));

        QVERIFY(model() == before);
        QCOMPARE(m_session->report().power.committed, committedBefore);
        QCOMPARE(undo()->count(), 0);
        QCOMPARE(viewIndex(*m_contracts, 2, ContractTableModel::CommittedKwColumn).data(kSortRole).toDouble(), 20.0);
    }

    void contractEditChangesCapacityAndUndoRestoresIt()
    {
        const double committedBefore = m_session->report().power.committed;
        const Contract before = contractWithId(model(), 2);   // Kara Connect, active, 20 kW
        QCOMPARE(before.committedKw, 20.0);
        const Id kara = before.tenantId;

        auto *spin = openEditor<QDoubleSpinBox>(
            m_contracts->view(), viewIndex(*m_contracts, 2, ContractTableModel::CommittedKwColumn));
        QVERIFY(spin);
        typeAndCommit(spin, QLocale().toString(30.5, 'f', 1));

        QCOMPARE(contractWithId(model(), 2).committedKw, 30.5);
        // The contract is committed, so the site's committed power grows by the 10.5 kW added.
        QCOMPARE(m_session->report().power.committed, committedBefore + 10.5);
        QCOMPARE(undo()->undoText(), QStringLiteral("Change contract of Kara Connect: committed kW"));
        // The tenants table follows: Kara Connect now commits 30.5 kW.
        QCOMPARE(m_tenants->model()->index(m_tenants->model()->rowOfId(kara), TenantTableModel::CommittedKwColumn)
                     .data(kSortRole).toDouble(), 30.5);

        undo()->undo();
        QCOMPARE(contractWithId(model(), 2), before);
        QCOMPARE(m_session->report().power.committed, committedBefore);
        QCOMPARE(m_tenants->model()->index(m_tenants->model()->rowOfId(kara), TenantTableModel::CommittedKwColumn)
                     .data(kSortRole).toDouble(), 20.0);
        undo()->redo();
        QCOMPARE(m_session->report().power.committed, committedBefore + 10.5);
    }

    void statusIsChosenFromTheTranslatedList()
    {
        // Contract #17 (Adjoa Médias) is quoted; the next status in the list is "reserved".
        QCOMPARE(contractWithId(model(), 17).status, ContractStatus::Quoted);
        auto *combo = openEditor<QComboBox>(m_contracts->view(),
                                            viewIndex(*m_contracts, 17, ContractTableModel::StatusColumn));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), displayName(ContractStatus::Quoted));
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(contractWithId(model(), 17).status, ContractStatus::Reserved);
        QCOMPARE(viewIndex(*m_contracts, 17, ContractTableModel::StatusColumn).data().toString(),
                 displayName(ContractStatus::Reserved));
        QCOMPARE(undo()->undoText(), QStringLiteral("Change contract of Adjoa Médias: status"));
        undo()->undo();
        QCOMPARE(contractWithId(model(), 17).status, ContractStatus::Quoted);
    }

    void removingATenantThatHoldsRacksIsRefused()
    {
        const Tenant kara = tenantNamed(model(), QStringLiteral("Kara Connect"));
        QCOMPARE(racksHeldBy(model(), kara.id), 5);
        const SiteModel before = model();
        QSignalSpy rejected(m_tenants.get(), &TenantsPanel::editRejected);
        m_tenants->view()->setCurrentIndex(viewIndex(*m_tenants, kara.id, TenantTableModel::NameColumn));
        QVERIFY(m_tenants->removeButton()->isEnabled());

        QTest::mouseClick(m_tenants->removeButton(), Qt::LeftButton);

        QCOMPARE(rejected.count(), 1);
        QVERIFY2(rejected.first().first().toString().contains(kara.name), qPrintable(rejected.first().first().toString()));
        QVERIFY(model() == before);
        QCOMPARE(undo()->count(), 0);
        QCOMPARE(m_tenants->view()->model()->rowCount(), int(before.tenants.size()));
    }

    void removingATenantTakesItsContractsAndUndoBringsThemBack()
    {
        // Kekeli Énergie holds no racks; its one contract (#18) has ended.
        const Tenant kekeli = tenantNamed(model(), QStringLiteral("Kekeli Énergie"));
        const SiteModel before = model();
        m_tenants->view()->setCurrentIndex(viewIndex(*m_tenants, kekeli.id, TenantTableModel::NameColumn));
        QTest::mouseClick(m_tenants->removeButton(), Qt::LeftButton);

        QVERIFY(!model().tenant(kekeli.id));
        QCOMPARE(model().contracts.size(), before.contracts.size() - 1);
        QCOMPARE(m_tenants->view()->model()->rowCount(), int(before.tenants.size()) - 1);
        QCOMPARE(m_contracts->model()->rowCount(), int(before.contracts.size()) - 1);
        QCOMPARE(m_contracts->model()->rowOfId(18), -1);
        // The view selects a neighbour, as a single-selection view does: never the tenant that went.
        QVERIFY(m_tenants->currentTenantId() != kekeli.id);
        QCOMPARE(m_contracts->selectedTenantId(), m_tenants->currentTenantId());

        undo()->undo();
        QVERIFY(model() == before);
        QCOMPARE(m_tenants->view()->model()->rowCount(), int(before.tenants.size()));
        QCOMPARE(m_contracts->model()->rowCount(), int(before.contracts.size()));
        QVERIFY(m_contracts->model()->rowOfId(18) >= 0);
    }

    void addingATenantThenUndoingLeavesTheCount()
    {
        const SiteModel before = model();
        Id maxId = kNoId;
        for (const Tenant &t : before.tenants)
            maxId = std::max(maxId, t.id);
        QSignalSpy selected(m_tenants.get(), &TenantsPanel::tenantSelected);

        QTest::mouseClick(m_tenants->addButton(), Qt::LeftButton);

        QCOMPARE(model().tenants.size(), before.tenants.size() + 1);
        const Tenant *added = model().tenant(maxId + 1);
        QVERIFY(added);
        QCOMPARE(added->name, QStringLiteral("New tenant 1"));
        QCOMPARE(m_tenants->view()->model()->rowCount(), int(before.tenants.size()) + 1);
        QCOMPARE(m_tenants->currentTenantId(), maxId + 1);
        QVERIFY(!selected.isEmpty());
        QCOMPARE(selected.last().first().value<Id>(), maxId + 1);
        // Its name is open for typing.
        QVERIFY(m_tenants->view()->viewport()->findChild<QLineEdit *>());

        undo()->undo();
        QVERIFY(model() == before);
        QCOMPARE(m_tenants->view()->model()->rowCount(), int(before.tenants.size()));
        QVERIFY(selected.last().first().value<Id>() != maxId + 1);
        QCOMPARE(selected.last().first().value<Id>(), m_tenants->currentTenantId());
    }

    void racksHeldFollowsRackEdits()
    {
        const Id kara = tenantNamed(model(), QStringLiteral("Kara Connect")).id;
        const auto rack = std::find_if(model().racks.begin(), model().racks.end(),
                                       [kara](const Rack &r) { return r.tenantId == kara; });
        QVERIFY(rack != model().racks.end());
        Rack freed = *rack;
        freed.state = RackState::Free;
        freed.tenantId = kNoId;
        QVERIFY(m_session->execute(new EditRackCommand(m_session.get(), *rack, freed, QStringLiteral("Free rack"))).ok());

        const QModelIndex held = viewIndex(*m_tenants, kara, TenantTableModel::RacksHeldColumn);
        QCOMPARE(held.data(kSortRole).toInt(), 4);   // 5 occupied positions, one freed
        undo()->undo();
        QCOMPARE(viewIndex(*m_tenants, kara, TenantTableModel::RacksHeldColumn).data(kSortRole).toInt(), 5);
    }

    void contractsFollowTheSelectedTenant()
    {
        const Tenant ministry = tenantNamed(model(), QStringLiteral("Ministère de l'Économie numérique (fictif)"));
        QVERIFY(!m_contracts->addButton()->isEnabled());   // no tenant yet
        m_tenants->view()->setCurrentIndex(viewIndex(*m_tenants, ministry.id, TenantTableModel::SectorColumn));
        QCOMPARE(m_contracts->selectedTenantId(), ministry.id);
        QCOMPARE(m_contracts->view()->model()->rowCount(), 2);   // contracts #19 and #20
        QVERIFY(m_contracts->tenantOnlyBox()->toolTip().contains(ministry.name));

        m_contracts->tenantOnlyBox()->click();
        QCOMPARE(m_contracts->view()->model()->rowCount(), int(model().contracts.size()));
        m_contracts->tenantOnlyBox()->click();
        QCOMPARE(m_contracts->view()->model()->rowCount(), 2);

        // Add: a quoted contract of 0 kW from today in the first hall, selected.
        const size_t contractsBefore = model().contracts.size();
        QVERIFY(m_contracts->addButton()->isEnabled());
        QTest::mouseClick(m_contracts->addButton(), Qt::LeftButton);
        QCOMPARE(model().contracts.size(), contractsBefore + 1);
        const Contract &added = model().contracts.back();
        QCOMPARE(added.id, Id(21));
        QCOMPARE(added.tenantId, ministry.id);
        QCOMPARE(added.hallId, model().halls.front().id);
        QCOMPARE(added.status, ContractStatus::Quoted);
        QCOMPARE(added.committedKw, 0.0);
        QCOMPARE(added.start, QDate::currentDate());
        QCOMPARE(m_contracts->currentContractId(), Id(21));
        QCOMPARE(m_contracts->view()->model()->rowCount(), 3);

        // Remove it again with the button, then undo the removal.
        QTest::mouseClick(m_contracts->removeButton(), Qt::LeftButton);
        QCOMPARE(model().contracts.size(), contractsBefore);
        undo()->undo();
        QCOMPARE(model().contracts.size(), contractsBefore + 1);
    }

    void readOnlyDocumentsOfferNoEdits()
    {
        // A second opening of a file that is open already gets it read-only.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("site.hectare"));
        Result<std::unique_ptr<Document>> first = Document::create(path, model());
        QVERIFY(first.ok());
        Result<std::unique_ptr<Document>> second = Document::open(path);
        QVERIFY(second.ok());
        QVERIFY(second.value()->isReadOnly());
        DocumentSession readOnly(std::move(second.value()), false);
        TenantsPanel tenants;
        ContractsPanel contracts;
        tenants.setSession(&readOnly);
        contracts.setSession(&readOnly);
        QCOMPARE(tenants.view()->model()->rowCount(), int(model().tenants.size()));
        QVERIFY(!tenants.addButton()->isEnabled());
        QVERIFY(!(tenants.model()->flags(tenants.model()->index(0, TenantTableModel::NameColumn)) & Qt::ItemIsEditable));
        QVERIFY(!(contracts.model()->flags(contracts.model()->index(0, ContractTableModel::CommittedKwColumn))
                  & Qt::ItemIsEditable));
        QVERIFY(!contracts.model()->setData(contracts.model()->index(0, ContractTableModel::CommittedKwColumn), 1.0));
    }

    void withoutASessionTheTablesAreEmpty()
    {
        m_tenants->setSession(nullptr);
        QCOMPARE(m_tenants->view()->model()->rowCount(), 0);
        QVERIFY(!m_tenants->addButton()->isEnabled());
        m_tenants->setSession(m_session.get());
        QVERIFY(m_tenants->addButton()->isEnabled());
        QVERIFY(m_tenants->model()->flags(m_tenants->model()->index(0, TenantTableModel::NameColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(m_tenants->model()->flags(m_tenants->model()->index(0, TenantTableModel::RacksHeldColumn))
                  & Qt::ItemIsEditable));
    }

    void rendersThePanels()
    {
        // HECTARE_SCREENSHOT_DIR=/tmp keeps the pictures for a look.
        const QString dir = qEnvironmentVariable("HECTARE_SCREENSHOT_DIR");
        for (QWidget *panel : {static_cast<QWidget *>(m_tenants.get()), static_cast<QWidget *>(m_contracts.get())}) {
            const QPixmap picture = panel->grab();
            QCOMPARE(picture.size(), QSize(900, 400));
            if (!dir.isEmpty()) {
                const QString name = panel == m_tenants.get() ? QStringLiteral("tenants_panel.png")
                                                              : QStringLiteral("contracts_panel.png");
                QVERIFY(picture.save(dir + QLatin1Char('/') + name));
            }
        }
    }
};

QTEST_MAIN(TestTenantTables)
#include "tst_tenant_tables.moc"
