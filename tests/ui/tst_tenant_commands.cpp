// Removing a tenant cascades in the file to its contracts, its growth rates in scenarios and its
// cages; undo must bring every one of them back, or a scenario silently loses an assumption and
// the plan a fence.
#include "commands/tenant_commands.h"
#include "session/document_session.h"

#include "io/sample_site.h"
#include "store/document.h"
#include "store/layout_writer.h"
#include "store/scenario_store.h"

#include <QUndoStack>
#include <QtTest>

using namespace hectare;
using namespace hectare::ui;

class TestTenantCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removingATenantAndUndoingRestoresItsScenarioGrowth()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        Result<std::unique_ptr<Document>> document = Document::createInMemory(sample.value());
        QVERIFY(document.ok());
        DocumentSession session(std::move(document.value()), true);

        // A tenant that holds no rack position can be removed.
        const SiteModel &model = session.model();
        const auto holdsRacks = [&](Id tenantId) {
            return std::any_of(model.racks.begin(), model.racks.end(),
                               [tenantId](const Rack &r) { return r.tenantId == tenantId; });
        };
        const auto tenant = std::find_if(model.tenants.begin(), model.tenants.end(),
                                         [&](const Tenant &t) { return !holdsRacks(t.id); });
        QVERIFY(tenant != model.tenants.end());
        const Tenant removed = *tenant;
        QVERIFY(!model.scenarios.empty());

        // Give it a growth rate in the first scenario.
        Scenario withRate = model.scenarios.front();
        Id nextId = 1;
        for (const Scenario &s : model.scenarios)
            for (const TenantGrowth &g : s.tenantGrowth)
                nextId = std::max(nextId, g.id + 1);
        TenantGrowth rate;
        rate.id = nextId;
        rate.tenantId = removed.id;
        rate.growthPctPerYear = 12.5;
        withRate.tenantGrowth.push_back(rate);
        QVERIFY(session.apply([&](SqliteConnection &db) { return updateScenario(db, withRate); },
                              DocumentSession::Touched::Scenarios)
                    .ok());
        const SiteModel before = session.model();

        std::vector<Contract> contracts;
        for (const Contract &c : before.contracts)
            if (c.tenantId == removed.id)
                contracts.push_back(c);
        QVERIFY(session.execute(new RemoveTenantCommand(&session, removed, contracts)).ok());
        QVERIFY(!session.model().tenant(removed.id));
        const auto &ratesAfter = session.model().scenarios.front().tenantGrowth;
        QVERIFY(std::none_of(ratesAfter.begin(), ratesAfter.end(),
                             [&](const TenantGrowth &g) { return g.tenantId == removed.id; }));

        session.undoStack()->undo();
        QVERIFY(session.model() == before);   // tenant, contracts and the scenario's rate, ids and all

        session.undoStack()->redo();
        QVERIFY(!session.model().tenant(removed.id));
    }

    void removingATenantAndUndoingRestoresItsCages()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        Result<std::unique_ptr<Document>> document = Document::createInMemory(sample.value());
        QVERIFY(document.ok());
        DocumentSession session(std::move(document.value()), true);

        // A tenant without racks, and a cage drawn for it in a free corner of the first hall.
        const SiteModel &model = session.model();
        const auto tenant = std::find_if(model.tenants.begin(), model.tenants.end(), [&](const Tenant &t) {
            return std::none_of(model.racks.begin(), model.racks.end(), [&](const Rack &r) { return r.tenantId == t.id; });
        });
        QVERIFY(tenant != model.tenants.end());
        const Tenant removed = *tenant;
        LayoutChange draw;
        draw.cages = {Cage{nextCageId(model), model.halls.front().id, removed.id, QStringLiteral("Cage to remove"),
                           {{1.5, 16}, {3.5, 16}, {3.5, 18}, {1.5, 18}}}};
        const Status drawn = session.apply([&](SqliteConnection &db) { return applyLayoutChange(db, draw); },
                                           DocumentSession::Touched::Layout);
        QVERIFY2(drawn.ok(), qPrintable(drawn.ok() ? QString() : drawn.error().text()));
        const SiteModel before = session.model();
        QVERIFY(before.cage(draw.cages.front().id));

        std::vector<Contract> contracts;
        for (const Contract &c : before.contracts)
            if (c.tenantId == removed.id)
                contracts.push_back(c);
        QVERIFY(session.execute(new RemoveTenantCommand(&session, removed, contracts)).ok());
        QVERIFY(!session.model().cage(draw.cages.front().id));
        QCOMPARE(session.model().cages.size(), before.cages.size() - 1);

        session.undoStack()->undo();
        QVERIFY(session.model() == before);   // the cage too, with its id, outline and tenant

        session.undoStack()->redo();
        QVERIFY(!session.model().cage(draw.cages.front().id));
    }
};

QTEST_MAIN(TestTenantCommands)
#include "tst_tenant_commands.moc"
