#include "contract_item_delegate.h"

#include "models/cell_value.h"
#include "models/contract_table_model.h"

#include <QComboBox>
#include <QDateEdit>

#include <algorithm>

namespace hectare::ui {
namespace {

// The date field's first entry stands for "no date".
const QDate kNoDateEntry(2000, 1, 1);

bool isDateColumn(int column)
{
    return column == ContractTableModel::StartColumn || column == ContractTableModel::EndColumn;
}

} // namespace

QWidget *ContractItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                            const QModelIndex &index) const
{
    if (index.column() == ContractTableModel::StatusColumn) {
        auto *combo = new QComboBox(parent);
        combo->setFrame(false);
        for (ContractStatus status : {ContractStatus::Quoted, ContractStatus::Reserved, ContractStatus::Signed,
                                      ContractStatus::Active, ContractStatus::Ended})
            combo->addItem(displayName(status), int(status));
        // A choice from the list is the edit: no need to press Enter as well.
        auto *self = const_cast<ContractItemDelegate *>(this);   // createEditor is const, the signals are not
        connect(combo, &QComboBox::activated, self, [self, combo] {
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    if (isDateColumn(index.column())) {
        auto *edit = new QDateEdit(parent);
        edit->setFrame(false);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(shortDateFormat());
        edit->setSpecialValueText(index.column() == ContractTableModel::EndColumn ? tr("open-ended") : tr("not set"));
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ContractItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
    } else if (auto *edit = qobject_cast<QDateEdit *>(editor); edit && isDateColumn(index.column())) {
        const QDate date = index.data(Qt::EditRole).toDate();
        // An old date must not fall on (or under) the "no date" entry.
        edit->setMinimumDate(date.isValid() ? std::min(kNoDateEntry, date.addDays(-1)) : kNoDateEntry);
        edit->setDate(date.isValid() ? date : edit->minimumDate());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void ContractItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
    } else if (auto *edit = qobject_cast<QDateEdit *>(editor); edit && isDateColumn(index.column())) {
        const QDate date = edit->date() == edit->minimumDate() ? QDate() : edit->date();
        model->setData(index, date, Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
}

} // namespace hectare::ui
