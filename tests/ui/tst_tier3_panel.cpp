// The Tier III panel (ui/reliability): the sample passes at the contracted load; a single-corded
// rack is listed apart and does not fail it; without side B's PDUs it fails, and selecting a violation
// (by mouse or keyboard) asks the plan to show exactly the racks it would drop and the topology
// view to outline the component; at the design load the generators are no longer N+1. With
// HECTARE_RELIABILITY_SNAPSHOTS set, PNGs of the panel and of the panel beside the view.
#include "reliability_session.h"

#include "reliability/check_status_colours.h"
#include "reliability/reliability_analysis.h"
#include "reliability/tier3_findings_model.h"
#include "reliability/tier3_panel.h"
#include "reliability/topology_view.h"

#include "reliability/compiled_site.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSignalSpy>
#include <QSplitter>
#include <QTreeView>
#include <QtTest>

#include <algorithm>

using namespace hectare;
using namespace hectare::ui;
using namespace hectare::testing;
using Section = Tier3FindingsModel::Section;
namespace kinds = hectare::reliability::kinds;

namespace {

// The racks fed by `pduId` on their A side that carry load with every position at its design kW
// (not blocked, design kW above 0): what taking that PDU out drops when nothing else feeds them.
std::vector<Id> designRacksOnPdu(const SiteModel &model, Id pduId)
{
    std::vector<Id> out;
    for (const Rack &rack : model.racks)
        if (rack.feedAPduId == pduId && rack.state != RackState::Blocked && rack.designKw > 0)
            out.push_back(rack.id);
    std::ranges::sort(out);
    return out;
}

QString sectionTitle(const Tier3Panel &panel, Section section)
{
    return panel.findingsModel()->sectionIndex(section).data().toString();
}

} // namespace

class TestTier3Panel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theSamplePassesAtTheContractedLoad()
    {
        auto session = reliabilitySession();
        QVERIFY(session);
        Tier3Panel panel;
        panel.setSession(session.get());
        QVERIFY2(panel.analysis()->isValid(), qPrintable(panel.analysis()->errorText()));
        QCOMPARE(panel.basis(), reliability::LoadBasis::Contracted);
        QVERIFY2(panel.verdictText().startsWith(QStringLiteral("Passes Tier III at contracted load (as of ")),
                 qPrintable(panel.verdictText()));
        const Tier3FindingsModel *model = panel.findingsModel();
        QCOMPARE(model->rowCount(), int(Section::Count));
        QCOMPARE(model->entryCount(Section::Violations), 0);
        QCOMPARE(model->entryCount(Section::Overloaded), 0);
        QCOMPARE(model->entryCount(Section::SingleCorded), 0);
        QCOMPARE(sectionTitle(panel, Section::Violations), QStringLiteral("Maintenance violations (0)"));
        QCOMPARE(sectionTitle(panel, Section::Generators), QStringLiteral("Generators N+1: passed"));
        QCOMPARE(sectionTitle(panel, Section::Fuel), QStringLiteral("Fuel autonomy: passed"));
    }

    void aSingleCordedRackIsListedButDoesNotFail()
    {
        auto session = reliabilitySession(makeOneRackSingleCorded);
        Tier3Panel panel;
        panel.setSession(session.get());
        QVERIFY2(panel.verdictText().startsWith(QStringLiteral("Passes Tier III at contracted load")), qPrintable(panel.verdictText()));
        QVERIFY(panel.verdictText().contains(QStringLiteral("single-corded exposure")));
        const Tier3FindingsModel *model = panel.findingsModel();
        QCOMPARE(model->entryCount(Section::Violations), 0);
        // Side A's transformer half, ATS, switchboard, the Government A RPP, its path and side A.
        QVERIFY(model->entryCount(Section::SingleCorded) >= 5);
        QVERIFY(model->indexOfComponent(QLatin1String(kinds::kAts), 1, 1).isValid());
        QVERIFY(model->indexOfComponent(QLatin1String(componentKinds::kSide), kNoId, 1).isValid());
        QVERIFY(!model->indexOfComponent(QLatin1String(kinds::kAts), 2, 1).isValid());
        // Sections with findings are open.
        QVERIFY(panel.findingsView()->isExpanded(model->sectionIndex(Section::SingleCorded)));
        QVERIFY(!panel.findingsView()->isExpanded(model->sectionIndex(Section::Violations)));
        // A click on ATS-A in the view picks its maintenance finding before its failure.
        QVERIFY(panel.selectComponent(QLatin1String(kinds::kAts), 1, 1));
        QCOMPARE(panel.findingsView()->currentIndex().parent(), model->sectionIndex(Section::SingleCorded));
        const QModelIndex ats = model->indexOfComponent(QLatin1String(kinds::kAts), 1, 1);
        QVERIFY(model->index(ats.row(), Tier3FindingsModel::WhyColumn, ats.parent()).data().toString().contains(QStringLiteral("transfer switch")));
    }

    void withoutSideBViolationsShowTheirRacksOnThePlan()
    {
        auto session = reliabilitySession(removeSideBPdus);
        QVERIFY(session);
        Tier3Panel panel;
        panel.setSession(session.get());
        panel.setBasis(reliability::LoadBasis::Design);   // every position carries load: a known rack set
        panel.resize(1400, 800);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY2(panel.verdictText().startsWith(QStringLiteral("Fails Tier III at design load")), qPrintable(panel.verdictText()));
        const Tier3FindingsModel *model = panel.findingsModel();
        QVERIFY(model->entryCount(Section::Violations) > 0);

        QSignalSpy racks(&panel, &Tier3Panel::showRacks);
        QSignalSpy components(&panel, &Tier3Panel::componentSelected);
        TopologyView view;
        view.setAnalysis(panel.analysis());
        connect(&panel, &Tier3Panel::componentSelected, &view, &TopologyView::highlight);

        // RPP-C-A1 (PDU 1, Colocation) out drops every rack it feeds: they have no B feed left.
        const QModelIndex rpp = model->indexOfComponent(QLatin1String(kinds::kPdu), 1, 1);
        QVERIFY(rpp.isValid());
        QCOMPARE(rpp.parent(), model->sectionIndex(Section::Violations));
        const QRect row = panel.findingsView()->visualRect(rpp);
        QVERIFY(row.isValid());
        QTest::mouseClick(panel.findingsView()->viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(racks.count(), 1);
        QCOMPARE(racks.at(0).at(0).value<Id>(), Id(1));
        const std::vector<Id> expected = designRacksOnPdu(session->model(), 1);
        QVERIFY(!expected.empty());
        QCOMPARE(racks.at(0).at(1).value<std::vector<Id>>(), expected);
        QCOMPARE(components.count(), 1);
        QCOMPARE(components.at(0).at(0).toString(), QLatin1String(kinds::kPdu));
        QCOMPARE(components.at(0).at(1).value<Id>(), Id(1));
        QCOMPARE(components.at(0).at(2).toInt(), 1);
        const int unit = panel.analysis()->site().findUnit(QLatin1String(kinds::kPdu), 1, 1);
        QCOMPARE(view.selection().units, std::vector<int>{unit});
        // The row says what it drops.
        QVERIFY(model->index(rpp.row(), Tier3FindingsModel::DropsColumn, rpp.parent()).data().toString().contains(QStringLiteral("Colocation")));
        QCOMPARE(model->index(rpp.row(), Tier3FindingsModel::LossColumn, rpp.parent()).data().toString(), QStringLiteral("power"));

        // Enter shows them again; the arrow keys move to the next finding, which shows its own.
        panel.findingsView()->setFocus();
        QTest::keyClick(panel.findingsView(), Qt::Key_Return);
        QCOMPARE(racks.count(), 2);
        QCOMPARE(racks.at(1).at(1).value<std::vector<Id>>(), expected);
        QTest::keyClick(panel.findingsView(), Qt::Key_Down);
        QCOMPARE(components.count(), 2);
        QVERIFY(panel.findingsView()->currentIndex() != rpp);

        // The Government hall's RPP: its racks, in its hall.
        QVERIFY(panel.selectComponent(QLatin1String(kinds::kPdu), 9, 1));
        QCOMPARE(racks.last().at(0).value<Id>(), Id(2));
        QCOMPARE(racks.last().at(1).value<std::vector<Id>>(), designRacksOnPdu(session->model(), 9));
    }

    void aSideWideFindingShowsTheHallWithMostRacks()
    {
        auto session = reliabilitySession(removeSideBPdus);
        Tier3Panel panel;
        panel.setSession(session.get());
        QSignalSpy racks(&panel, &Tier3Panel::showRacks);
        // ATS-A drops every load of both halls; the plan shows the hall holding most of them.
        QVERIFY(panel.selectComponent(QLatin1String(kinds::kAts), 1, 1));
        QCOMPARE(racks.count(), 1);
        const reliability::CompiledSite &site = panel.analysis()->site();
        const std::size_t colocation = site.racksOf(site.loadsOfHall(1)).size();
        const std::size_t government = site.racksOf(site.loadsOfHall(2)).size();
        const Id expectedHall = colocation >= government ? 1 : 2;
        QCOMPARE(racks.at(0).at(0).value<Id>(), expectedHall);
        QCOMPARE(racks.at(0).at(1).value<std::vector<Id>>(), site.racksOf(site.loadsOfHall(expectedHall)));
    }

    void atTheDesignLoadTheGeneratorsAreNotNPlusOne()
    {
        auto session = reliabilitySession();
        Tier3Panel panel;
        panel.setSession(session.get());
        QSignalSpy changed(panel.analysis(), &ReliabilityAnalysis::changed);
        panel.basisBox()->setCurrentIndex(panel.basisBox()->findData(int(reliability::LoadBasis::Design)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.basis(), reliability::LoadBasis::Design);
        QVERIFY2(panel.verdictText().startsWith(QStringLiteral("Fails Tier III at design load")), qPrintable(panel.verdictText()));
        QVERIFY(panel.verdictText().contains(QStringLiteral("generators not N+1")));
        QCOMPARE(sectionTitle(panel, Section::Generators), QStringLiteral("Generators N+1: failed"));
        const Tier3FindingsModel *model = panel.findingsModel();
        const Tier3FindingsModel::Entry *generators = model->entryAt(model->sectionIndex(Section::Generators));
        QVERIFY(generators);
        QCOMPARE(generators->status, CheckStatus::Violation);
        QCOMPARE(generators->kind, QLatin1String(kinds::kGenerator));
        QVERIFY(generators->why.contains(QStringLiteral("not N+1")));
        QCOMPARE(panel.analysis()->statusOf(QLatin1String(kinds::kGenerator), 1, 0), CheckStatus::Violation);

        // Back to contracted: passes again.
        panel.setBasis(reliability::LoadBasis::Contracted);
        QVERIFY(panel.verdictText().startsWith(QStringLiteral("Passes")));
    }

    void fuelIsJudgedAtFullLoadWhateverTheBasis()
    {
        auto session = reliabilitySession();
        Tier3Panel panel;
        panel.setSession(session.get());
        QVERIFY(panel.analysis()->report().fuel.atFullLoad);
        const double contractedHours = panel.analysis()->report().fuel.tankHours;
        panel.setBasis(reliability::LoadBasis::Design);
        QCOMPARE(panel.analysis()->report().fuel.tankHours, contractedHours);
        QCOMPARE(contractedHours, panel.analysis()->site().network.fuel.tankHours);
    }

    void anEmptySiteIsNotChecked()
    {
        auto session = reliabilitySession([](SiteModel &model) {
            SiteModel empty;
            empty.site = model.site;
            model = empty;
        });
        QVERIFY(session);
        Tier3Panel panel;
        panel.setSession(session.get());
        QVERIFY(!panel.analysis()->isValid());
        QCOMPARE(panel.verdictText(), QStringLiteral("Tier III not checked: the site has no power or cooling plant to check"));
        QCOMPARE(panel.findingsModel()->entryCount(Section::Generators), 0);
        QCOMPARE(panel.findingsModel()->sectionIndex(Section::Violations).data(Qt::DecorationRole).value<QColor>(),
                 checkStatusColours::fill(CheckStatus::NoCheck));
    }

    void aSiteWhoseRacksHaveNoFeedSaysNothingCarriesLoad()
    {
        auto session = reliabilitySession([](SiteModel &model) {
            for (Rack &rack : model.racks)
                rack.feedAPduId = rack.feedBPduId = kNoId;
        });
        QVERIFY(session);
        Tier3Panel panel;
        panel.setSession(session.get());
        QVERIFY(panel.analysis()->isValid());
        QVERIFY(panel.analysis()->site().network.loads.empty());
        QVERIFY2(panel.verdictText().endsWith(QStringLiteral("(no position carries load at contracted load)")), qPrintable(panel.verdictText()));
    }

    void snapshots()
    {
        if (snapshotFolder().isEmpty())
            QSKIP("set HECTARE_RELIABILITY_SNAPSHOTS to a folder to save the Tier III panel's PNGs");
        const QString folder = snapshotFolder();
        for (const auto &[name, change] : {std::pair<QString, void (*)(SiteModel &)>{QStringLiteral("sample"), nullptr},
                                           {QStringLiteral("single_corded_rack"), makeOneRackSingleCorded}}) {
            auto session = reliabilitySession(change);
            Tier3Panel panel;
            panel.setSession(session.get());
            panel.resize(1400, 800);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            panel.selectComponent(QLatin1String(kinds::kAts), 1, 1);
            QVERIFY(panel.grab().save(folder + QStringLiteral("/tier3_panel_%1.png").arg(name)));
        }
        auto session = reliabilitySession(removeSideBPdus);
        QSplitter window(Qt::Horizontal);
        auto *panel = new Tier3Panel;
        auto *view = new TopologyView;
        window.addWidget(panel);
        window.addWidget(view);
        panel->setSession(session.get());
        view->setAnalysis(panel->analysis());
        connect(panel, &Tier3Panel::componentSelected, view, &TopologyView::highlight);
        window.resize(1400, 800);
        window.setSizes({620, 780});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(panel->selectComponent(QLatin1String(kinds::kPdu), 1, 1));
        QVERIFY(window.grab().save(folder + QStringLiteral("/tier3_panel_and_view_without_side_b.png")));
        panel->resize(1400, 800);
        window.setSizes({1400, 0});
        QVERIFY(window.grab().save(folder + QStringLiteral("/tier3_panel_without_side_b.png")));
        panel->setBasis(reliability::LoadBasis::Design);
        QVERIFY(window.grab().save(folder + QStringLiteral("/tier3_panel_without_side_b_design.png")));
    }
};

QTEST_MAIN(TestTier3Panel)
#include "tst_tier3_panel.moc"
