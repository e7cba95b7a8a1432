// Edit → Price Book…: the dialog edits a copy of the site's book; OK writes it as one undo step
// through core, which refuses a negative price with a message naming the item and field while the
// dialog stays open and the document is unchanged. Rates are basis points shown as percentages.
// Set HECTARE_SALES_SNAPSHOTS to a folder to also save a PNG of the dialog.
#include "pricing/price_book_dialog.h"
#include "pricing/price_item_table_model.h"
#include "pricing/term_discount_table_model.h"
#include "session/document_session.h"

#include "io/sample_site.h"
#include "store/document.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace hectare;
using namespace hectare::ui;

namespace {

std::unique_ptr<DocumentSession> sampleSession()
{
    Result<SiteModel> sample = sampleSiteModel();
    if (!sample)
        return nullptr;
    Result<std::unique_ptr<Document>> document = Document::createInMemory(sample.value());
    if (!document)
        return nullptr;
    return std::make_unique<DocumentSession>(std::move(document.value()), true);
}

int rowOfKey(const PriceItemTableModel *model, const QString &key)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->items()[size_t(row)].key == key)
            return row;
    return -1;
}

QPushButton *okButton(const PriceBookDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
}

// Types `text` into a spin box as a user would: select what is there, type, confirm.
void typeInto(QAbstractSpinBox *spin, const QString &text)
{
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

} // namespace

class TestPriceBookEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void okWritesTheEditedBookAsOneUndoStep()
    {
        auto session = sampleSession();
        QVERIFY(session);
        const PriceBook before = session->model().priceBook;
        QCOMPARE(before.vatBasisPoints, 1800);

        PriceBookDialog dialog(session.get());
        dialog.show();
        QVERIFY(!dialog.isReadOnly());
        QCOMPARE(dialog.vatSpin()->value(), 18.0);
        // VAT 18 % → 19.25 %, typed in the user's decimal notation: 1925 basis points.
        typeInto(dialog.vatSpin(), QStringLiteral("19") + QLocale().decimalPoint() + QStringLiteral("25"));
        QCOMPARE(dialog.vatSpin()->value(), 19.25);

        // The full rack's price, typed grouped as a user would write it.
        PriceItemTableModel *items = dialog.itemModel();
        const int rack = rowOfKey(items, QStringLiteral("rack-full"));
        QVERIFY(rack >= 0);
        const QModelIndex price = items->index(rack, PriceItemTableModel::UnitPriceColumn);
        QCOMPARE(price.data().toString(), QLocale().toString(qint64(450000)));
        QVERIFY(items->setData(price, QStringLiteral("475 500")));
        QCOMPARE(items->items()[size_t(rack)].unitPrice, qint64(475500));

        // A new item through the button, then named and priced.
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addItem")), Qt::LeftButton);
        QCOMPARE(items->rowCount(), int(before.items.size()) + 1);
        const int added = items->rowCount() - 1;
        QVERIFY(items->setData(items->index(added, PriceItemTableModel::KeyColumn), QStringLiteral("smart-hands")));
        QVERIFY(items->setData(items->index(added, PriceItemTableModel::NameColumn), QStringLiteral("Smart hands")));
        QVERIFY(items->setData(items->index(added, PriceItemTableModel::KindColumn), int(PriceKind::OneTime)));
        QVERIFY(items->setData(items->index(added, PriceItemTableModel::UnitColumn), int(PriceUnit::Hour)));
        QVERIFY(items->setData(items->index(added, PriceItemTableModel::UnitPriceColumn), qint64(40000)));

        const int stepsBefore = session->undoStack()->count();
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.errorText().isEmpty());

        const PriceBook &after = session->model().priceBook;
        QCOMPARE(after.vatBasisPoints, 1925);
        QCOMPARE(after.item(QStringLiteral("rack-full"))->unitPrice, qint64(475500));
        const PriceItem *smartHands = after.item(QStringLiteral("smart-hands"));
        QVERIFY(smartHands);
        QCOMPARE(smartHands->kind, PriceKind::OneTime);
        QCOMPARE(smartHands->unit, PriceUnit::Hour);
        QCOMPARE(smartHands->unitPrice, qint64(40000));
        // Everything else as it was.
        QCOMPARE(after.items.size(), before.items.size() + 1);
        QCOMPARE(after.termDiscounts, before.termDiscounts);
        QCOMPARE(after.escalatorBasisPoints, before.escalatorBasisPoints);

        QCOMPARE(session->undoStack()->count(), stepsBefore + 1);
        QCOMPARE(session->undoStack()->undoText(), QStringLiteral("Edit price book"));
        session->undoStack()->undo();
        QVERIFY(session->model().priceBook == before);
        session->undoStack()->redo();
        QCOMPARE(session->model().priceBook.vatBasisPoints, 1925);
    }

    void aNegativePriceIsRefusedAndTheDialogStaysOpen()
    {
        auto session = sampleSession();
        QVERIFY(session);
        const SiteModel before = session->model();

        PriceBookDialog dialog(session.get());
        dialog.show();
        PriceItemTableModel *items = dialog.itemModel();
        const int rack = rowOfKey(items, QStringLiteral("rack-full"));
        QVERIFY(items->setData(items->index(rack, PriceItemTableModel::UnitPriceColumn), QStringLiteral("-1000")));
        typeInto(dialog.vatSpin(), QStringLiteral("20"));

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        // The message names the item and the field, as core's validator says them.
        const QString error = dialog.errorText();
        QVERIFY2(error.contains(QStringLiteral("Full rack (42U)")) && error.contains(QStringLiteral("unit price")),
                 qPrintable(error));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("priceBookError"))->isVisible());
        QVERIFY(session->model() == before);
        QCOMPARE(session->undoStack()->count(), 0);

        // Corrected, the same dialog goes through.
        QVERIFY(items->setData(items->index(rack, PriceItemTableModel::UnitPriceColumn), qint64(1000)));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(session->model().priceBook.item(QStringLiteral("rack-full"))->unitPrice, qint64(1000));
        QCOMPARE(session->model().priceBook.vatBasisPoints, 2000);
    }

    void textThatIsNotAPriceIsRefusedInTheTable()
    {
        auto session = sampleSession();
        QVERIFY(session);
        PriceBookDialog dialog(session.get());
        PriceItemTableModel *items = dialog.itemModel();
        QSignalSpy rejected(items, &PriceItemTableModel::editRejected);
        const QModelIndex price = items->index(0, PriceItemTableModel::UnitPriceColumn);
        const QVariant was = price.data(Qt::EditRole);
        QVERIFY(!items->setData(price, QStringLiteral("12,5 thousand")));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(price.data(Qt::EditRole), was);
        QVERIFY(dialog.errorText().contains(QStringLiteral("unit price")));
    }

    void okWithoutChangesAddsNoUndoStep()
    {
        auto session = sampleSession();
        QVERIFY(session);
        PriceBookDialog dialog(session.get());
        dialog.show();
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(session->undoStack()->count(), 0);
    }

    void termDiscountsEditAsPercentagesAndStoreBasisPoints()
    {
        auto session = sampleSession();
        QVERIFY(session);
        PriceBookDialog dialog(session.get());
        dialog.show();
        TermDiscountTableModel *discounts = dialog.discountModel();
        QCOMPARE(discounts->rowCount(), 4);   // 12, 24, 36 and 60 months in the sample
        // 24 months: 500 basis points, edited as 5 %, now 6.5 %.
        const QModelIndex percent = discounts->index(1, TermDiscountTableModel::DiscountColumn);
        QCOMPARE(percent.data(Qt::EditRole).toDouble(), 5.0);
        QVERIFY(discounts->setData(percent, 6.5));
        // A new step after the longest: 72 months at the 60-month rate (1200).
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addDiscount")), Qt::LeftButton);
        QCOMPARE(discounts->rowCount(), 5);
        QVERIFY(discounts->setData(discounts->index(4, TermDiscountTableModel::DiscountColumn), QStringLiteral("15 %")));

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::vector<PriceTermDiscount> stored = session->model().priceBook.termDiscounts;
        QCOMPARE(stored.size(), size_t(5));
        QCOMPARE(stored[1].basisPoints, 650);
        QCOMPARE(stored[4].months, 72);
        QCOMPARE(stored[4].basisPoints, 1500);
    }

    void frenchShowsPercentagesWithTwoDecimalsAndGroupedFrancs()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        auto session = sampleSession();
        QVERIFY(session);
        {
            PriceBookDialog dialog(session.get());
            QCOMPARE(dialog.vatSpin()->text(), QStringLiteral("18,00 %"));
            QCOMPARE(dialog.escalatorSpin()->text(), QStringLiteral("3,00 %"));
            const QModelIndex fiveYears = dialog.discountModel()->index(3, TermDiscountTableModel::DiscountColumn);
            QCOMPARE(fiveYears.data().toString(), QStringLiteral("12,00 %"));
            PriceItemTableModel *items = dialog.itemModel();
            const QModelIndex price = items->index(rowOfKey(items, QStringLiteral("rack-full")),
                                                   PriceItemTableModel::UnitPriceColumn);
            const QString grouped = price.data().toString();
            QCOMPARE(grouped, QStringLiteral("450") + QLocale().groupSeparator() + QStringLiteral("000"));
            // What the table shows reads back, and so does an ordinary space.
            QVERIFY(items->setData(price, grouped));
            QCOMPARE(items->items()[size_t(price.row())].unitPrice, qint64(450000));
            QVERIFY(items->setData(price, QStringLiteral("1 234 567")));
            QCOMPARE(items->items()[size_t(price.row())].unitPrice, qint64(1234567));
        }
        QLocale::setDefault(previous);
    }

    void aReadOnlyDocumentShowsTheBookReadOnly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Result<SiteModel> sample = sampleSiteModel();
        QVERIFY(sample.ok());
        const QString path = dir.filePath(QStringLiteral("site.hectare"));
        Result<std::unique_ptr<Document>> writer = Document::create(path, sample.value());
        QVERIFY(writer.ok());
        // A second opening of a held file is read-only.
        Result<std::unique_ptr<Document>> reader = Document::open(path);
        QVERIFY(reader.ok());
        QVERIFY(reader.value()->isReadOnly());
        DocumentSession session(std::move(reader.value()), false);

        PriceBookDialog dialog(&session);
        dialog.show();
        QVERIFY(dialog.isReadOnly());
        QVERIFY(dialog.vatSpin()->isReadOnly());
        QVERIFY(!dialog.illustrativeBox()->isEnabled());
        QVERIFY(!okButton(dialog));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("addItem"))->isVisible());
        PriceItemTableModel *items = dialog.itemModel();
        const QModelIndex price = items->index(0, PriceItemTableModel::UnitPriceColumn);
        QVERIFY(!(items->flags(price) & Qt::ItemIsEditable));
        QVERIFY(!items->setData(price, qint64(1)));
        QVERIFY(!(dialog.discountModel()->flags(dialog.discountModel()->index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("priceBookReadOnly")));
    }

    void snapshot()
    {
        const QString folder = qEnvironmentVariable("HECTARE_SALES_SNAPSHOTS");
        if (folder.isEmpty())
            QSKIP("set HECTARE_SALES_SNAPSHOTS to a folder to save the dialog's PNG");
        auto session = sampleSession();
        QVERIFY(session);
        PriceBookDialog dialog(session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/price_book_dialog.png")));
        // And with a refusal showing.
        dialog.itemModel()->setData(dialog.itemModel()->index(0, PriceItemTableModel::UnitPriceColumn), qint64(-5));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/price_book_dialog_refused.png")));
    }
};

QTEST_MAIN(TestPriceBookEditing)
#include "tst_price_book_editing.moc"
