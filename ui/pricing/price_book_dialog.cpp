#include "price_book_dialog.h"

#include "price_item_table_model.h"
#include "term_discount_table_model.h"

#include "commands/price_book_command.h"
#include "growth/choice_item_delegate.h"
#include "session/document_session.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace hectare::ui {
namespace {

// Wide ranges: the spin boxes only keep out what is not a number; core says what is allowed
// (VAT 0–100 %, escalator at most 25 %, validity 1–365 days…) and names the field.
constexpr double kMaxPercent = 100.0;
constexpr int kMaxDays = 9999;
constexpr int kMaxMonths = 999;

int basisPoints(const QDoubleSpinBox *spin) { return int(std::lround(spin->value() * 100)); }

QTableView *newTable(QAbstractItemModel *model, const QString &objectName)
{
    auto *table = new QTableView;
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

PriceBookDialog::PriceBookDialog(DocumentSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("priceBookDialog"));
    setWindowTitle(tr("Price Book"));
    m_readOnly = !m_session || m_session->isReadOnly();
    if (m_session)
        m_original = m_session->model().priceBook;

    m_items = new PriceItemTableModel(this);
    m_discounts = new TermDiscountTableModel(this);

    auto *top = new QHBoxLayout;
    top->addWidget(createTermsBox(), 1);
    top->addWidget(createDiscountsBox(), 1);

    m_notes = new QPlainTextEdit;
    m_notes->setObjectName(QStringLiteral("priceBookNotes"));
    m_notes->setPlaceholderText(tr("What the prices include, where they come from…"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(4 * m_notes->fontMetrics().lineSpacing() + 12);
    auto *notesLabel = new QLabel(tr("&Notes:"));
    notesLabel->setBuddy(m_notes);

    auto *buttons = new QDialogButtonBox(m_readOnly ? QDialogButtonBox::Close
                                                    : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceBookDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (m_readOnly) {
        auto *readOnly = new QLabel(tr("This document is read-only: the price book can be read, not changed."));
        readOnly->setObjectName(QStringLiteral("priceBookReadOnly"));
        readOnly->setWordWrap(true);
        layout->addWidget(readOnly);
    }
    layout->addLayout(top);
    layout->addWidget(createItemsBox(), 1);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);
    layout->addWidget(createErrorLine());
    layout->addWidget(buttons);

    load(m_original);
    connect(m_items, &PriceItemTableModel::editRejected, this, &PriceBookDialog::showError);
    connect(m_discounts, &TermDiscountTableModel::editRejected, this, &PriceBookDialog::showError);
    resize(1040, 760);
}

QWidget *PriceBookDialog::createTermsBox()
{
    const auto percentSpin = [this](const QString &objectName) {
        // QDoubleSpinBox reads and writes in the widget's locale: "18,00 %" in French.
        auto *spin = new QDoubleSpinBox;
        spin->setObjectName(objectName);
        spin->setRange(0, kMaxPercent);
        spin->setDecimals(2);
        spin->setSingleStep(0.5);
        spin->setSuffix(tr(" %"));
        spin->setReadOnly(m_readOnly);
        return spin;
    };
    const auto countSpin = [this](const QString &objectName, int max, const QString &suffix) {
        auto *spin = new QSpinBox;
        spin->setObjectName(objectName);
        spin->setRange(0, max);
        spin->setSuffix(suffix);
        spin->setReadOnly(m_readOnly);
        return spin;
    };
    m_vat = percentSpin(QStringLiteral("vatSpin"));
    m_escalator = percentSpin(QStringLiteral("escalatorSpin"));
    m_escalator->setToolTip(tr("Added to the monthly charges each contract year, from the 13th month on"));
    m_validityDays = countSpin(QStringLiteral("validitySpin"), kMaxDays, tr(" days"));
    m_validityDays->setToolTip(tr("How long a quote, and a reservation made from it, holds"));
    m_renewalMonths = countSpin(QStringLiteral("renewalSpin"), kMaxMonths, tr(" months"));
    m_renewalMonths->setSpecialValueText(tr("no tacit renewal"));
    m_noticeMonths = countSpin(QStringLiteral("noticeSpin"), kMaxMonths, tr(" months"));
    m_illustrative = new QCheckBox(tr("&Illustrative prices (a sample, not a tariff)"));
    m_illustrative->setObjectName(QStringLiteral("illustrativeBox"));
    m_illustrative->setEnabled(!m_readOnly);

    // One width for the column of fields, the widest one's.
    const QList<QAbstractSpinBox *> spins{m_vat, m_escalator, m_validityDays, m_renewalMonths, m_noticeMonths};
    int width = 0;
    for (QAbstractSpinBox *spin : spins)
        width = std::max(width, spin->sizeHint().width());
    for (QAbstractSpinBox *spin : spins)
        spin->setMinimumWidth(width);

    auto *box = new QGroupBox(tr("Terms"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&VAT:"), m_vat);
    form->addRow(tr("Annual &escalator:"), m_escalator);
    form->addRow(tr("Quote va&lidity:"), m_validityDays);
    form->addRow(tr("Tacit &renewal every:"), m_renewalMonths);
    form->addRow(tr("No&tice before the end:"), m_noticeMonths);
    form->addRow(m_illustrative);
    return box;
}

QWidget *PriceBookDialog::createDiscountsBox()
{
    m_discounts->setReadOnly(m_readOnly);
    m_discountTable = newTable(m_discounts, QStringLiteral("termDiscountTable"));
    m_discountTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // As tall as the terms beside it, no taller: the height is the items table's.
    m_discountTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);
    m_discountTable->setMinimumHeight(4 * m_discountTable->verticalHeader()->defaultSectionSize());
    m_addDiscount = new QPushButton(tr("Add"));
    m_addDiscount->setObjectName(QStringLiteral("addDiscount"));
    m_removeDiscount = new QPushButton(tr("Remove"));
    m_removeDiscount->setObjectName(QStringLiteral("removeDiscount"));
    connect(m_addDiscount, &QPushButton::clicked, this, [this] {
        const int row = m_discounts->addDiscount();
        m_discountTable->setCurrentIndex(m_discounts->index(row, TermDiscountTableModel::MonthsColumn));
    });
    connect(m_removeDiscount, &QPushButton::clicked, this, [this] { removeSelected(m_discountTable); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addDiscount);
    buttons->addWidget(m_removeDiscount);
    auto *box = new QGroupBox(tr("Term discounts"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_discountTable, 1);
    layout->addLayout(buttons);
    m_addDiscount->setVisible(!m_readOnly);
    m_removeDiscount->setVisible(!m_readOnly);
    return box;
}

QWidget *PriceBookDialog::createItemsBox()
{
    m_items->setReadOnly(m_readOnly);
    m_itemTable = newTable(m_items, QStringLiteral("priceItemTable"));
    m_itemTable->setItemDelegate(new ChoiceItemDelegate(m_itemTable));
    QHeaderView *header = m_itemTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PriceItemTableModel::NameColumn, QHeaderView::Stretch);
    m_addItem = new QPushButton(tr("A&dd item"));
    m_addItem->setObjectName(QStringLiteral("addItem"));
    m_removeItem = new QPushButton(tr("Re&move item"));
    m_removeItem->setObjectName(QStringLiteral("removeItem"));
    connect(m_addItem, &QPushButton::clicked, this, [this] {
        const int row = m_items->addItem();
        const QModelIndex name = m_items->index(row, PriceItemTableModel::NameColumn);
        m_itemTable->setCurrentIndex(name);
        m_itemTable->edit(name);
    });
    connect(m_removeItem, &QPushButton::clicked, this, [this] { removeSelected(m_itemTable); });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_addItem);
    buttons->addWidget(m_removeItem);
    auto *box = new QGroupBox(tr("Items (francs CFA, before VAT)"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_itemTable, 1);
    layout->addLayout(buttons);
    m_addItem->setVisible(!m_readOnly);
    m_removeItem->setVisible(!m_readOnly);
    return box;
}

QWidget *PriceBookDialog::createErrorLine()
{
    auto *icon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_errorText = new QLabel;
    m_errorText->setObjectName(QStringLiteral("priceBookError"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLine = new QWidget;
    auto *layout = new QHBoxLayout(m_errorLine);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_errorText, 1);
    m_errorLine->hide();
    return m_errorLine;
}

void PriceBookDialog::load(const PriceBook &book)
{
    m_vat->setValue(book.vatBasisPoints / 100.0);
    m_escalator->setValue(book.escalatorBasisPoints / 100.0);
    m_validityDays->setValue(book.validityDays);
    m_renewalMonths->setValue(book.renewalMonths);
    m_noticeMonths->setValue(book.noticeMonths);
    m_illustrative->setChecked(book.illustrative);
    m_notes->setPlainText(book.notes);
    m_notes->setReadOnly(m_readOnly);
    m_items->setItems(book.items);
    m_discounts->setDiscounts(book.termDiscounts);
}

PriceBook PriceBookDialog::editedBook() const
{
    PriceBook book = m_original;
    book.vatBasisPoints = basisPoints(m_vat);
    book.escalatorBasisPoints = basisPoints(m_escalator);
    book.validityDays = m_validityDays->value();
    book.renewalMonths = m_renewalMonths->value();
    book.noticeMonths = m_noticeMonths->value();
    book.illustrative = m_illustrative->isChecked();
    book.notes = m_notes->toPlainText();
    book.items = m_items->items();
    std::stable_sort(book.items.begin(), book.items.end(),
                     [](const PriceItem &a, const PriceItem &b) { return a.id < b.id; });
    book.termDiscounts = m_discounts->discounts();
    std::stable_sort(book.termDiscounts.begin(), book.termDiscounts.end(),
                     [](const PriceTermDiscount &a, const PriceTermDiscount &b) { return a.months < b.months; });
    return book;
}

QString PriceBookDialog::errorText() const { return m_errorLine->isHidden() ? QString() : m_errorText->text(); }

void PriceBookDialog::showError(const QString &message)
{
    m_errorText->setText(message);
    m_errorLine->show();
}

void PriceBookDialog::removeSelected(QTableView *table)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? table->currentIndex().row() : rows.front().row();
    if (row < 0)
        return;
    if (table == m_itemTable)
        m_items->removeItem(row);
    else
        m_discounts->removeDiscount(row);
}

void PriceBookDialog::accept()
{
    if (m_readOnly || !m_session) {
        QDialog::reject();   // nothing could have changed
        return;
    }
    const PriceBook after = editedBook();
    if (after == m_original) {
        QDialog::accept();
        return;
    }
    const Status status = m_session->execute(new EditPriceBookCommand(m_session, m_original, after, tr("Edit price book")));
    if (!status) {
        showError(status.error().text());
        return;
    }
    m_errorLine->hide();
    QDialog::accept();
}

} // namespace hectare::ui
