// The desktop side of DXF import: the layer/units dialog guesses roles from usual CAD layer names,
// previews what would be imported and skipped, and its result goes in as one undoable layout
// change that core validates whole (an outline that leaves racks outside changes nothing).
#include "dxf/dxf_import_dialog.h"

#include "commands/layout_command.h"
#include "session/document_session.h"

#include "dxf/dxf_import_change.h"
#include "io/sample_site.h"
#include "store/document.h"

#include <QPushButton>
#include <QDialogButtonBox>
#include <QUndoStack>
#include <QtTest>

using namespace hectare;
using namespace hectare::ui;

namespace {

const QString kArchitectDxf = QStringLiteral(HECTARE_TEST_DATA "/architect-hall.dxf");

std::unique_ptr<DocumentSession> sampleSession()
{
    Result<SiteModel> sample = sampleSiteModel();
    if (!sample.ok())
        return {};
    Result<std::unique_ptr<Document>> document = Document::createInMemory(sample.value());
    if (!document.ok())
        return {};
    return std::make_unique<DocumentSession>(std::move(document.value()), true);
}

int countOf(const SiteModel &model, Id hallId, ObstacleKind kind)
{
    return int(std::count_if(model.obstacles.begin(), model.obstacles.end(),
                             [&](const Obstacle &o) { return o.hallId == hallId && o.kind == kind; }));
}

} // namespace

class TestDxfImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guessesRolesFromUsualLayerNames()
    {
        QVERIFY(DxfImportDialog::guessRole(QStringLiteral("OUTLINE")) == DxfLayerRole::forOutline());
        QVERIFY(DxfImportDialog::guessRole(QStringLiteral("OBSTACLES-FIRE-CYLINDER")) == DxfLayerRole::forObstacles(ObstacleKind::FireCylinder));
        QVERIFY(DxfImportDialog::guessRole(QStringLiteral("A-WALL")) == DxfLayerRole::forOutline());
        QVERIFY(DxfImportDialog::guessRole(QStringLiteral("A-COLS")) == DxfLayerRole::forObstacles(ObstacleKind::Column));
        QVERIFY(DxfImportDialog::guessRole(QStringLiteral("M-CRAH")) == DxfLayerRole::forObstacles(ObstacleKind::Crah));
        QVERIFY(DxfImportDialog::guessRole(QStringLiteral("A-PART")) == DxfLayerRole::forObstacles(ObstacleKind::Wall));
        QVERIFY(!DxfImportDialog::guessRole(QStringLiteral("A-FURN")).has_value());
    }

    void previewsTheArchitectsFileAndImportsItAsOneUndoStep()
    {
        auto layers = readDxfLayers(kArchitectDxf);
        QVERIFY2(layers.ok(), layers.ok() ? "" : qPrintable(layers.error().text()));
        auto session = sampleSession();
        QVERIFY(session);
        const Hall *colocation = session->model().hallByName(QStringLiteral("Colocation"));
        QVERIFY(colocation);
        const Id hallId = colocation->id;

        DxfImportDialog dialog(kArchitectDxf, colocation->name, std::move(layers.value()));
        dialog.setMetresPerUnit(1.0);
        QVERIFY(dialog.result().has_value());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        // The furniture layer is left out; the spline, arc, open polyline and text on chosen
        // layers are reported, not dropped.
        QVERIFY(!dialog.options().layers.contains(QStringLiteral("A-FURN")));
        QVERIFY2(dialog.previewText().contains(QStringLiteral("SPLINE")), qPrintable(dialog.previewText()));
        QVERIFY(dialog.previewText().contains(QStringLiteral("ARC")));
        const DxfHallImport import = *dialog.result();
        QCOMPARE(import.outline.size(), std::size_t(6));
        QCOMPARE(int(std::count_if(import.obstacles.begin(), import.obstacles.end(),
                                   [](const Obstacle &o) { return o.kind == ObstacleKind::Crah; })),
                 2);

        // Nothing chosen: nothing to import, and the dialog says so.
        const auto allLayers = readDxfLayers(kArchitectDxf);
        QVERIFY(allLayers.ok());
        for (const DxfLayerInfo &layer : allLayers.value())
            dialog.setLayerRole(layer.name, std::nullopt);
        QVERIFY(!dialog.result().has_value());
        QVERIFY(!ok->isEnabled());

        const SiteModel before = session->model();
        const int firesBefore = countOf(before, hallId, ObstacleKind::FireCylinder);
        LayoutChange change = dxfImportChange(before, hallId, import);
        QVERIFY(session->execute(new LayoutCommand(session.get(), hallId, std::move(change), QStringLiteral("import"))).ok());
        const SiteModel &after = session->model();
        QCOMPARE(after.hall(hallId)->outline, import.outline);
        QCOMPARE(countOf(after, hallId, ObstacleKind::Crah), 2);
        // Kinds no layer was chosen for stay as they were.
        QCOMPARE(countOf(after, hallId, ObstacleKind::FireCylinder), firesBefore);
        QCOMPARE(session->undoStack()->count(), 1);
        session->undoStack()->undo();
        QVERIFY(session->model() == before);
    }

    void anOutlineThatLeavesRacksOutsideChangesNothing()
    {
        auto session = sampleSession();
        QVERIFY(session);
        const Hall *government = session->model().hallByName(QStringLiteral("Government"));
        QVERIFY(government);
        DxfImportOptions options;
        options.layers.emplace(QStringLiteral("A-WALL"), DxfLayerRole::forOutline());
        auto import = readHallDxf(kArchitectDxf, options);
        QVERIFY(import.ok());
        const SiteModel before = session->model();
        const Status status = session->execute(new LayoutCommand(
            session.get(), government->id, dxfImportChange(before, government->id, import.value()), QStringLiteral("import")));
        QVERIFY(!status.ok());
        // The message names a rack of the hall that would be left outside.
        QVERIFY2(status.error().text().contains(QStringLiteral("G1")), qPrintable(status.error().text()));
        QVERIFY(session->model() == before);
        QCOMPARE(session->undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestDxfImportDialog)
#include "tst_dxf_import_dialog.moc"
