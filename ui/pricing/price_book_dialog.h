#pragma once

#include "model/price_book.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace hectare::ui {

class DocumentSession;
class PriceItemTableModel;
class TermDiscountTableModel;

// Edit → Price Book…: the site's terms (VAT, annual escalator, quote validity, tacit renewal,
// notice, whether the prices are only illustrative, notes), its priced items and its term
// discounts. Rates are basis points, shown and typed as percentages with two decimals. The
// dialog edits a copy; OK writes it as one undo step ("Edit price book") through core, which
// validates the whole model. A refusal is shown in the dialog, naming the item and field, and
// the dialog stays open with the document unchanged. A read-only document is shown read-only.
class PriceBookDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PriceBookDialog(DocumentSession *session, QWidget *parent = nullptr);

    // The book as the dialog shows it now: items by id, term discounts by months.
    PriceBook editedBook() const;
    // Why the last OK was refused; empty before or when it went through.
    QString errorText() const;
    bool isReadOnly() const { return m_readOnly; }

    QDoubleSpinBox *vatSpin() const { return m_vat; }
    QDoubleSpinBox *escalatorSpin() const { return m_escalator; }
    QSpinBox *validitySpin() const { return m_validityDays; }
    QSpinBox *renewalSpin() const { return m_renewalMonths; }
    QSpinBox *noticeSpin() const { return m_noticeMonths; }
    QCheckBox *illustrativeBox() const { return m_illustrative; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    PriceItemTableModel *itemModel() const { return m_items; }
    TermDiscountTableModel *discountModel() const { return m_discounts; }
    QTableView *itemTable() const { return m_itemTable; }
    QTableView *discountTable() const { return m_discountTable; }

public Q_SLOTS:
    // Writes the book when it changed; stays open and shows core's message when refused.
    void accept() override;

private:
    QWidget *createTermsBox();
    QWidget *createDiscountsBox();
    QWidget *createItemsBox();
    QWidget *createErrorLine();
    void load(const PriceBook &book);
    void showError(const QString &message);
    void removeSelected(QTableView *table);

    QPointer<DocumentSession> m_session;
    PriceBook m_original;
    bool m_readOnly = false;

    QDoubleSpinBox *m_vat = nullptr;
    QDoubleSpinBox *m_escalator = nullptr;
    QSpinBox *m_validityDays = nullptr;
    QSpinBox *m_renewalMonths = nullptr;
    QSpinBox *m_noticeMonths = nullptr;
    QCheckBox *m_illustrative = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    PriceItemTableModel *m_items = nullptr;
    TermDiscountTableModel *m_discounts = nullptr;
    QTableView *m_itemTable = nullptr;
    QTableView *m_discountTable = nullptr;
    QPushButton *m_addItem = nullptr;
    QPushButton *m_removeItem = nullptr;
    QPushButton *m_addDiscount = nullptr;
    QPushButton *m_removeDiscount = nullptr;
    QWidget *m_errorLine = nullptr;
    QLabel *m_errorText = nullptr;
};

} // namespace hectare::ui
