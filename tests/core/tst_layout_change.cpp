// Tests core/model/layout_change (isEmpty, inverseOf, applyTo, next ids) and
// core/store/layout_writer (applyLayoutChange) through Document::change() on the bundled sample:
// one edit of the plan is one transaction that the validator may refuse, leaving nothing behind;
// its inverse gives back the model exactly; applyTo() in memory agrees with the file.
#include "io/sample_site.h"
#include "model/layout_change.h"
#include "store/document.h"
#include "store/layout_writer.h"

#include <QtTest>

#include <algorithm>

using namespace hectare;

namespace {

QString text(const Status &status) { return status.ok() ? QString() : status.error().text(); }

const Row &rowNamed(const SiteModel &m, const char *name)
{
    for (const Row &r : m.rows)
        if (r.name == QLatin1String(name))
            return r;
    qFatal("no row %s", name);
}

const Obstacle &obstacleNamed(const SiteModel &m, const char *name)
{
    for (const Obstacle &o : m.obstacles)
        if (o.name == QLatin1String(name))
            return o;
    qFatal("no obstacle %s", name);
}

Id tenantNamed(const SiteModel &m, const char *name)
{
    for (const Tenant &t : m.tenants)
        if (t.name == QString::fromUtf8(name))
            return t.id;
    qFatal("no tenant %s", name);
}

std::vector<Rack> racksOf(const SiteModel &m, Id rowId)
{
    std::vector<Rack> racks;
    std::copy_if(m.racks.begin(), m.racks.end(), std::back_inserter(racks), [&](const Rack &r) { return r.rowId == rowId; });
    return racks;
}

Row moved(Row row, double dx, double dy)
{
    row.origin = {row.origin.x + dx, row.origin.y + dy};
    return row;
}

template<typename T>
bool sortedById(const std::vector<T> &items)
{
    return std::is_sorted(items.begin(), items.end(), [](const T &a, const T &b) { return a.id < b.id; });
}

} // namespace

class TestLayoutChange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        Result<std::unique_ptr<Document>> document = Document::createInMemory(sample.value());
        QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().text()));
        m_document = std::move(document.value());
        QVERIFY(!m_document->model().obstacles.empty() && !m_document->model().cages.empty());
    }

    void cleanup() { m_document.reset(); }

    void anEmptyChangeIsEmpty()
    {
        QVERIFY(LayoutChange{}.isEmpty());
        LayoutChange change;
        change.removedCages = {1};
        QVERIFY(!change.isEmpty());
        change = {};
        change.halls = {m_document->model().halls.front()};
        QVERIFY(!change.isEmpty());
        QVERIFY(inverseOf(LayoutChange{}, m_document->model()).isEmpty());
    }

    void nextIdsFollowTheLargest()
    {
        const SiteModel &m = m_document->model();
        QCOMPARE(nextRowId(m), m.rows.back().id + 1);
        QCOMPARE(nextRackId(m), m.racks.back().id + 1);
        QCOMPARE(nextObstacleId(m), m.obstacles.back().id + 1);
        QCOMPARE(nextCageId(m), m.cages.back().id + 1);
        const SiteModel empty;
        QCOMPARE(nextRowId(empty), Id(1));
        QCOMPARE(nextRackId(empty), Id(1));
        QCOMPARE(nextObstacleId(empty), Id(1));
        QCOMPARE(nextCageId(empty), Id(1));
    }

    // Writing a row that exists updates it in place: its racks stay (INSERT OR REPLACE would
    // delete the row first and cascade the delete to them).
    void movingARowKeepsItsRacks()
    {
        const SiteModel before = m_document->model();
        const Row &a = rowNamed(before, "A");
        LayoutChange change;
        change.rows = {moved(a, -0.6, 0)};
        QVERIFY2(apply(change).ok(), qPrintable(m_error));

        const SiteModel &after = m_document->model();
        QCOMPARE(after.row(a.id)->origin.x, a.origin.x - 0.6);
        QCOMPARE(racksOf(after, a.id).size(), std::size_t(20));
        QVERIFY(racksOf(after, a.id) == racksOf(before, a.id));
        QVERIFY(after.racks == before.racks);

        SiteModel inMemory = before;
        applyTo(inMemory, change);
        QVERIFY(inMemory == after);

        QVERIFY2(apply(inverseOf(change, before)).ok(), qPrintable(m_error));
        QVERIFY(m_document->model() == before);
    }

    void addingAndRemovingObstacles()
    {
        const SiteModel before = m_document->model();
        const Hall &colocation = before.halls.front();
        const Obstacle column{nextObstacleId(before), colocation.id, ObstacleKind::Column, QStringLiteral("Column C-3"),
                              {2.5, 10}, 0.4, 0.4, 0};
        LayoutChange add;
        add.obstacles = {column};
        QVERIFY2(apply(add).ok(), qPrintable(m_error));
        QVERIFY(m_document->model().obstacle(column.id));
        QVERIFY(*m_document->model().obstacle(column.id) == column);
        QCOMPARE(m_document->model().obstacles.size(), before.obstacles.size() + 1);

        const SiteModel withColumn = m_document->model();
        const Obstacle cylinder = obstacleNamed(before, "FM-200 G-1");
        LayoutChange remove;
        remove.removedObstacles = {column.id, cylinder.id};
        QVERIFY2(apply(remove).ok(), qPrintable(m_error));
        QVERIFY(!m_document->model().obstacle(column.id) && !m_document->model().obstacle(cylinder.id));
        QCOMPARE(m_document->model().obstacles.size(), before.obstacles.size() - 1);

        // Undoing the removal writes both back as they were.
        const LayoutChange undo = inverseOf(remove, withColumn);
        QCOMPARE(undo.obstacles.size(), std::size_t(2));
        QVERIFY(undo.removedObstacles.empty());
        QVERIFY2(apply(undo).ok(), qPrintable(m_error));
        QVERIFY(m_document->model() == withColumn);
        // And undoing the addition removes the new one.
        const LayoutChange undoAdd = inverseOf(add, before);
        QVERIFY(undoAdd.removedObstacles == std::vector<Id>{column.id});
        QVERIFY2(apply(undoAdd).ok(), qPrintable(m_error));
        QVERIFY(m_document->model() == before);
    }

    // The change lists only the row; the file removes its racks with it and the inverse brings
    // every one of them back from `before`, ids and tenants included.
    void removingARowAndUndoing()
    {
        const SiteModel before = m_document->model();
        const Row &a = rowNamed(before, "A");
        const std::vector<Rack> racks = racksOf(before, a.id);
        QVERIFY(std::any_of(racks.begin(), racks.end(), [](const Rack &r) { return r.tenantId != kNoId; }));
        LayoutChange change;
        change.removedRows = {a.id};
        QVERIFY2(apply(change).ok(), qPrintable(m_error));
        QVERIFY(!m_document->model().row(a.id));
        QVERIFY(racksOf(m_document->model(), a.id).empty());
        QCOMPARE(m_document->model().racks.size(), before.racks.size() - racks.size());

        SiteModel inMemory = before;
        applyTo(inMemory, change);
        QVERIFY(inMemory == m_document->model());

        const LayoutChange undo = inverseOf(change, before);
        QVERIFY(undo.rows == std::vector<Row>{a});
        QVERIFY(undo.racks == racks);
        QVERIFY(undo.removedRows.empty() && undo.removedRacks.empty());
        QVERIFY2(apply(undo).ok(), qPrintable(m_error));
        QVERIFY(m_document->model() == before);
    }

    void aRowMovedOutOfTheHallIsRefused()
    {
        const SiteModel before = m_document->model();
        LayoutChange change;
        change.rows = {moved(rowNamed(before, "H"), 0, 1.5)};   // racks at y 19.3–20.5 in a 20 m hall
        const Status status = apply(change);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().where, QStringLiteral("Hall \"Colocation\", row \"H\", rack \"H01\": position"));
        QCOMPARE(status.error().message, QStringLiteral("is not inside the hall's outline"));
        expectUnchanged(before);
    }

    // Row B moved 2 m towards row A lands on it: B01 (x 4.0–4.6) on A20.
    void aRowMovedOntoAnotherIsRefused()
    {
        const SiteModel before = m_document->model();
        LayoutChange change;
        change.rows = {moved(rowNamed(before, "B"), 0, -2)};
        const Status status = apply(change);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().where, QStringLiteral("Hall \"Colocation\", row \"B\", rack \"B01\": position"));
        QCOMPARE(status.error().message, QStringLiteral("overlaps rack \"A20\" in row \"A\""));
        expectUnchanged(before);
    }

    void aRackMovedOntoAnObstacleIsRefused()
    {
        const SiteModel before = m_document->model();
        const Row &b = rowNamed(before, "B");
        Rack last = racksOf(before, b.id).back();   // B20 at x 15.4–16.0; RPP-C-B1 stands at x 17.5–18.1
        last.offsetMm += 1900;
        LayoutChange change;
        change.racks = {last};
        const Status status = apply(change);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().text(),
                 QStringLiteral("Hall \"Colocation\", row \"B\", rack \"B20\": position: overlaps PDU/RPP \"RPP-C-B1\""));
        expectUnchanged(before);
    }

    void aCageOverAnotherTenantsCageIsRefused()
    {
        const SiteModel before = m_document->model();
        const Cage &bank = before.cages.front();
        QCOMPARE(bank.name, QStringLiteral("Cage Kpessi"));
        LayoutChange change;
        change.cages = {Cage{nextCageId(before), bank.hallId, tenantNamed(before, "Yovo Market"),
                             QStringLiteral("Cage Yovo"), {{15, 7}, {17, 7}, {17, 9}, {15, 9}}}};
        const Status status = apply(change);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().where, QStringLiteral("Hall \"Colocation\", cage \"Cage Yovo\": outline"));
        QCOMPARE(status.error().message,
                 QStringLiteral("the cage of \"Yovo Market\" overlaps cage \"Cage Kpessi\" of \"Banque Kpessi du "
                                "Togo\" (0.6 m² in common)"));
        expectUnchanged(before);

        // Moved up to share the bank's fence at y = 7.3, it is accepted.
        change.cages.front().outline = {{15, 7.3}, {17, 7.3}, {17, 9}, {15, 9}};
        QVERIFY2(apply(change).ok(), qPrintable(m_error));
        QCOMPARE(m_document->model().cages.size(), before.cages.size() + 1);
    }

    // A write that fails in the file half way (a cage of a tenant that does not exist) leaves
    // nothing of the change: the row written before it is rolled back too.
    void aFailedWriteKeepsNothing()
    {
        const SiteModel before = m_document->model();
        LayoutChange change;
        change.rows = {moved(rowNamed(before, "A"), -0.6, 0)};
        change.cages = {Cage{nextCageId(before), before.halls.front().id, 999, QStringLiteral("Nobody's"),
                             {{1.5, 16}, {3.5, 16}, {3.5, 18}, {1.5, 18}}}};
        const Status status = apply(change);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().text().contains(QStringLiteral("FOREIGN KEY")), qPrintable(status.error().text()));
        expectUnchanged(before);

        LayoutChange unknownHall;
        Hall hall = before.halls.front();
        hall.id = 77;
        unknownHall.halls = {hall};
        const Status refused = apply(unknownHall);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().text(), QStringLiteral("hall 77: does not exist"));
        expectUnchanged(before);
    }

    // One change of every kind: a hall's tile, a moved row, a new row with racks, a moved rack,
    // removed racks, an obstacle changed and one removed, a new cage. The file and applyTo() agree,
    // vectors stay sorted, and the inverse gives the sample back.
    void applyToAgreesWithTheFile()
    {
        const SiteModel before = m_document->model();
        LayoutChange change;
        Hall hall = before.halls.front();
        hall.tileM = 0.5;
        change.halls = {hall};
        change.rows = {moved(rowNamed(before, "G"), 0.6, 0)};
        // A short row along y in the free strip west of the rows: depth towards −x, x 2.4–3.6.
        Row west{nextRowId(before), hall.id, QStringLiteral("W"), {3.6, 8}, 90, AisleSide::Front, Containment::None};
        change.rows.push_back(west);
        for (int k = 0; k < 3; ++k) {
            Rack rack;
            rack.id = nextRackId(before) + k;
            rack.rowId = west.id;
            rack.name = QStringLiteral("W%1").arg(k + 1, 2, 10, QLatin1Char('0'));
            rack.offsetMm = 600 * k;
            rack.designKw = 5;
            rack.maxWeightKg = 1000;
            change.racks.push_back(rack);
        }
        const std::vector<Rack> h = racksOf(before, rowNamed(before, "H").id);
        change.removedRacks = {h.back().id, h[h.size() - 2].id};   // H20 and H19, both free
        Rack h18 = h[h.size() - 3];
        h18.state = RackState::Blocked;
        change.racks.push_back(h18);
        Obstacle crah = obstacleNamed(before, "CRAH-C2");
        crah.centre.y += 1;
        change.obstacles = {crah};
        change.removedObstacles = {obstacleNamed(before, "Column C-2").id};
        change.cages = {Cage{nextCageId(before), hall.id, tenantNamed(before, "Yovo Market"), QStringLiteral("Cage Yovo"),
                             {{10, 10.3}, {16.6, 10.3}, {16.6, 11.9}, {10, 11.9}}}};
        QVERIFY2(apply(change).ok(), qPrintable(m_error));

        const SiteModel after = m_document->model();
        SiteModel inMemory = before;
        applyTo(inMemory, change);
        QVERIFY(inMemory.halls == after.halls);
        QVERIFY(inMemory.rows == after.rows);
        QVERIFY(inMemory.racks == after.racks);
        QVERIFY(inMemory.obstacles == after.obstacles);
        QVERIFY(inMemory.cages == after.cages);
        QVERIFY(inMemory == after);
        QVERIFY(sortedById(inMemory.rows) && sortedById(inMemory.racks) && sortedById(inMemory.obstacles)
                && sortedById(inMemory.cages));
        QCOMPARE(after.racks.size(), before.racks.size() + 1);
        QCOMPARE(after.hall(hall.id)->tileM, 0.5);

        const LayoutChange undo = inverseOf(change, before);
        SiteModel undoneInMemory = after;
        applyTo(undoneInMemory, undo);
        QVERIFY(undoneInMemory == before);
        QVERIFY2(apply(undo).ok(), qPrintable(m_error));
        QVERIFY(m_document->model() == before);
        // Undoing the undo (its inverse against the model it undid) is the change again.
        QVERIFY2(apply(inverseOf(undo, after)).ok(), qPrintable(m_error));
        QVERIFY(m_document->model() == after);
    }

private:
    Status apply(const LayoutChange &change)
    {
        const Status status = m_document->change([&](SqliteConnection &db) { return applyLayoutChange(db, change); });
        m_error = text(status);
        return status;
    }

    // The model in memory is as it was, and so is the file: an empty change reads it back.
    void expectUnchanged(const SiteModel &before)
    {
        QVERIFY(m_document->model() == before);
        QVERIFY2(apply(LayoutChange{}).ok(), qPrintable(m_error));
        QVERIFY(m_document->model() == before);
    }

    std::unique_ptr<Document> m_document;
    QString m_error;
};

QTEST_GUILESS_MAIN(TestLayoutChange)
#include "tst_layout_change.moc"
