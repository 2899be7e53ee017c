#include "WizardPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace accord {

WizardPage::WizardPage(CaseStage stage, WizardContext& context, const QString& purpose, QWidget* parent)
    : QWidget(parent), m_stage(stage), m_context(context), m_form(new QFormLayout), m_body(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("page_") + enumCode(stage));
    auto* heading = new QLabel(
        tr("Step %1 of %2 · %3").arg(int(stage) + 1).arg(enumCount<CaseStage>()).arg(displayName(stage)), this);
    heading->setObjectName(QStringLiteral("stepHeading"));
    auto* intro = new QLabel(purpose, this);
    intro->setObjectName(QStringLiteral("stepPurpose"));
    intro->setWordWrap(true);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(24);
    m_form->setVerticalSpacing(14);
    m_body->setContentsMargins(32, 24, 32, 24);
    m_body->setSpacing(16);
    m_body->addWidget(heading);
    m_body->addWidget(intro);
    m_body->addLayout(m_form);
}

void WizardPage::showCase()
{
    m_loading = true;
    for (const auto& show : std::as_const(m_shows))
        show();
    showRest();
    m_loading = false;
}

void WizardPage::setEditable(bool editable)
{
    for (QWidget* widget : std::as_const(m_editables))
        widget->setEnabled(editable);
}

QWidget* WizardPage::firstField() const
{
    for (QWidget* widget : m_editables)
        if (widget->isEnabled())
            return widget;
    return nullptr;
}

void WizardPage::fillChoices(QComboBox* combo, const WizardLookups::Choices& choices, const QString& noneText)
{
    const QSignalBlocker blocker(combo);
    const Id selected = chosenId(combo);
    combo->clear();
    combo->addItem(noneText, Id(0));
    for (const auto& choice : choices)
        combo->addItem(choice.text, choice.id);
    selectChoice(combo, selected);
}

void WizardPage::selectChoice(QComboBox* combo, Id id)
{
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(std::max(0, combo->findData(id)));
}

Id WizardPage::chosenId(const QComboBox* combo)
{
    return combo->currentData().toLongLong();
}

void WizardPage::addEditable(QWidget* widget)
{
    m_editables.append(widget);
}

QLabel* WizardPage::addSectionHeading(const QString& text)
{
    auto* label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("sectionHeading"));
    m_body->addSpacing(8);
    m_body->addWidget(label);
    return label;
}

QLabel* WizardPage::addNotice(const char* objectName)
{
    auto* notice = new QLabel(this);
    notice->setObjectName(QString::fromLatin1(objectName));
    notice->setProperty("notice", true);
    notice->setWordWrap(true);
    notice->setTextFormat(Qt::RichText);
    notice->hide();
    return notice;
}

void WizardPage::addRow(const QString& label, QWidget* field)
{
    auto* caption = new QLabel(label, this);
    caption->setBuddy(field);
    m_form->addRow(caption, field);
}

void WizardPage::showText(QLineEdit* field, const QString& text)
{
    // Typing not yet saved wins over the stored text: a refresh caused by another change must not eat it.
    if (field->hasFocus() && field->isModified())
        return;
    if (field->text() != text)
        field->setText(text);
    field->setModified(false);
}

void WizardPage::showText(TextArea* field, const QString& text)
{
    if (field->hasFocus() && field->isModified())
        return;
    field->setStoredText(text);
}

void WizardPage::setUp(QWidget* field, const char* objectName, const QString& label)
{
    field->setObjectName(QString::fromLatin1(objectName));
    addRow(label, field);
    addEditable(field);
}

} // namespace accord
