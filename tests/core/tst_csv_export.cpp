#include "io/csv_export.h"

#include <QLocale>
#include <QTest>

using namespace hectare;

namespace {

Rack rack(Id id, Id rowId, const QString &name, RackState state, Id tenantId)
{
    Rack r;
    r.id = id;
    r.rowId = rowId;
    r.name = name;
    r.state = state;
    r.tenantId = tenantId;
    return r;
}

Contract contract(Id id, Id tenantId, ContractStatus status, int racks, double committedKw, double cageM2)
{
    Contract c;
    c.id = id;
    c.tenantId = tenantId;
    c.hallId = 1;
    c.status = status;
    c.racks = racks;
    c.committedKw = committedKw;
    c.cageM2 = cageM2;
    return c;
}

// One hall, one row, five positions (one in a row that does not exist), three tenants.
SiteModel tinySite()
{
    SiteModel m;
    Hall hall;
    hall.id = 1;
    hall.name = QStringLiteral("Hall A");
    m.halls = {hall};
    Row row;
    row.id = 1;
    row.hallId = 1;
    row.name = QStringLiteral("R1");
    m.rows = {row};
    m.pdus = {Pdu{1, 1, kNoId, QStringLiteral("RPP-A"), FeedPath::A, 63, 400, 3},
              Pdu{2, 1, kNoId, QStringLiteral("RPP-B"), FeedPath::B, 63, 400, 3}};
    m.tenants = {Tenant{1, QStringLiteral("Dupont, \"DF\" SARL"), QStringLiteral("SME"), QStringLiteral("Kofi\nMensah")},
                 Tenant{2, QStringLiteral("Café Lomé"), QStringLiteral("carrier"), QString()},
                 Tenant{3, QStringLiteral("Idle"), QString(), QString()}};

    Rack r1 = rack(1, 1, QStringLiteral("R1-01"), RackState::Occupied, 1);
    r1.designKw = 5.5;
    r1.maxWeightKg = 1000;
    r1.feedAPduId = 1;
    r1.feedBPduId = 2;
    Rack r2 = rack(2, 1, QStringLiteral("Rack, \"2\""), RackState::Reserved, 2);
    r2.designKw = 12;
    r2.maxWeightKg = 1500.25;
    r2.widthMm = 800;
    r2.depthMm = 1070;
    r2.heightU = 47;
    r2.feedAPduId = 1;
    r2.feedBPduId = 9;   // no such PDU: empty field
    Rack r3 = rack(3, 1, QStringLiteral("R1-03"), RackState::Free, kNoId);
    r3.designKw = 0.000001;   // written without an exponent
    Rack r4 = rack(4, 1, QStringLiteral("R1-04"), RackState::Blocked, 1);
    Rack r5 = rack(5, 99, QStringLiteral("orphan"), RackState::Free, kNoId);
    m.racks = {r1, r2, r3, r4, r5};

    m.contracts = {contract(1, 1, ContractStatus::Active, 2, 10, 0),
                   contract(2, 1, ContractStatus::Signed, 1, 2.5, 12.5),
                   contract(3, 1, ContractStatus::Quoted, 5, 50, 0),
                   contract(4, 1, ContractStatus::Ended, 3, 9, 0),
                   contract(5, 2, ContractStatus::Reserved, 1, 4, 0),
                   contract(6, 42, ContractStatus::Active, 1, 1, 0)};   // a tenant that does not exist
    return m;
}

} // namespace

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void racks();
    void tenants();
    void emptyModelGivesHeaderOnly();
    void numbersIgnoreTheUserLocale();
};

void TestCsvExport::racks()
{
    const QByteArray expected =
        "hall,row,rack,state,tenant,design_kw,max_weight_kg,width_mm,depth_mm,height_u,feed_a,feed_b\r\n"
        "Hall A,R1,R1-01,occupied,\"Dupont, \"\"DF\"\" SARL\",5.5,1000,600,1200,42,RPP-A,RPP-B\r\n"
        "Hall A,R1,\"Rack, \"\"2\"\"\",reserved,Café Lomé,12,1500.25,800,1070,47,RPP-A,\r\n"
        "Hall A,R1,R1-03,free,,0.000001,0,600,1200,42,,\r\n"
        "Hall A,R1,R1-04,blocked,\"Dupont, \"\"DF\"\" SARL\",0,0,600,1200,42,,\r\n"
        ",,orphan,free,,0,0,600,1200,42,,\r\n";
    QCOMPARE(racksCsv(tinySite()), expected);
}

void TestCsvExport::tenants()
{
    // Dupont: 3 contracts not ended (active, signed, quoted); signed + active give
    // 2 + 1 racks, 10 + 2.5 kW and 0 + 12.5 m²; it holds R1-01 (R1-04 is blocked, not held).
    // Café Lomé: one reserved contract, nothing signed; holds R1-02 (reserved).
    const QByteArray expected = "name,sector,contact,contracts,contracted_racks,racks_held,committed_kw,cage_m2\r\n"
                                "\"Dupont, \"\"DF\"\" SARL\",SME,\"Kofi\nMensah\",3,3,1,12.5,12.5\r\n"
                                "Café Lomé,carrier,,1,0,1,0,0\r\n"
                                "Idle,,,0,0,0,0,0\r\n";
    QCOMPARE(tenantsCsv(tinySite()), expected);
}

void TestCsvExport::emptyModelGivesHeaderOnly()
{
    QCOMPARE(racksCsv(SiteModel{}),
             QByteArray("hall,row,rack,state,tenant,design_kw,max_weight_kg,width_mm,depth_mm,height_u,feed_a,"
                        "feed_b\r\n"));
    QCOMPARE(tenantsCsv(SiteModel{}),
             QByteArray("name,sector,contact,contracts,contracted_racks,racks_held,committed_kw,cage_m2\r\n"));
}

void TestCsvExport::numbersIgnoreTheUserLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Togo));
    const QByteArray csv = racksCsv(tinySite());
    QLocale::setDefault(saved);
    QVERIFY(csv.contains(",5.5,1000,"));
    QVERIFY(csv.contains(",1500.25,"));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csv_export.moc"
