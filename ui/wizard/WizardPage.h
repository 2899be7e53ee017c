#pragma once

#include "OptionalDateEdit.h"
#include "TextArea.h"
#include "WizardContext.h"

#include <QComboBox>
#include <QLineEdit>
#include <QWidget>
#include <functional>
#include <type_traits>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace accord {

// The shared frame of the seven playbook steps: a heading, a form of large fields, and the wiring that saves each
// field when it finishes editing and shows the stored value again after every change. A step page adds its
// fields with the add…Field helpers and only writes code for what is particular to it.
class WizardPage : public QWidget
{
    Q_OBJECT

public:
    WizardPage(CaseStage stage, WizardContext& context, const QString& purpose, QWidget* parent = nullptr);

    CaseStage stage() const { return m_stage; }
    // Refills the fields' lists after the records they offer (people, teams, the dictionary…) changed.
    virtual void showChoices() = 0;
    // Shows the stored case; a field the user is typing in keeps what they typed.
    void showCase();
    void setEditable(bool editable);
    // Where the keyboard lands when the step is opened.
    QWidget* firstField() const;

    static void fillChoices(QComboBox* combo, const WizardLookups::Choices& choices, const QString& noneText);
    static void selectChoice(QComboBox* combo, Id id);
    static Id chosenId(const QComboBox* combo);

Q_SIGNALS:
    // Something the user asked for was refused; the sentence says why.
    void refused(const QString& message);

protected:
    // Shows what the add…Field helpers do not cover; runs after them on every change.
    virtual void showRest() {}

    WizardContext& context() const { return m_context; }
    bool isLoading() const { return m_loading; }
    QFormLayout* form() const { return m_form; }
    QVBoxLayout* body() const { return m_body; }
    // A field (or button) that is disabled in a read-only workspace and takes part in the step's Tab order.
    void addEditable(QWidget* widget);
    QLabel* addSectionHeading(const QString& text);
    QLabel* addNotice(const char* objectName);
    void addRow(const QString& label, QWidget* field);

    template <typename R> QLineEdit* addLineField(const char* objectName, const QString& label, QString R::*member)
    {
        auto* field = new QLineEdit(this);
        setUp(field, objectName, label);
        connect(field, &QLineEdit::editingFinished, this, [this, field, member, label] {
            field->setModified(false);
            save<R>(label, [member, value = field->text().trimmed()](R& record) { record.*member = value; });
        });
        m_shows.append([this, field, member] { showText(field, current<R>().*member); });
        return field;
    }

    template <typename R> TextArea* addTextField(const char* objectName, const QString& label, QString R::*member)
    {
        auto* field = new TextArea(this);
        setUp(field, objectName, label);
        connect(field, &TextArea::editingFinished, this, [this, field, member, label] {
            field->setModified(false);
            save<R>(label, [member, value = field->toPlainText().trimmed()](R& record) { record.*member = value; });
        });
        m_shows.append([this, field, member] { showText(field, current<R>().*member); });
        return field;
    }

    template <typename R> QComboBox* addChoiceField(const char* objectName, const QString& label, Id R::*member)
    {
        auto* field = new QComboBox(this);
        setUp(field, objectName, label);
        connect(field, &QComboBox::activated, this, [this, field, member, label] {
            save<R>(label, [member, value = chosenId(field)](R& record) { record.*member = value; });
        });
        m_shows.append([this, field, member] { selectChoice(field, current<R>().*member); });
        return field;
    }

    template <typename R> OptionalDateEdit* addDateField(const char* objectName, const QString& label, QDate R::*member)
    {
        auto* field = new OptionalDateEdit(this);
        setUp(field, objectName, label);
        connect(field, &OptionalDateEdit::editingFinished, this, [this, field, member, label] {
            save<R>(label, [member, value = field->value()](R& record) { record.*member = value; });
        });
        m_shows.append([this, field, member] {
            if (!field->hasFocus())
                field->setValue(current<R>().*member);
        });
        return field;
    }

    template <typename R> void save(const QString& label, const std::function<void(R&)>& change)
    {
        if (m_loading)
            return;
        const QString text = tr("Edit “%1”").arg(label);
        if constexpr (std::is_same_v<R, Decision>)
            m_context.editor.editDecision(text, change);
        else
            m_context.editor.editCase(text, change);
    }

    static void showText(QLineEdit* field, const QString& text);
    static void showText(TextArea* field, const QString& text);

private:
    template <typename R> R current() const
    {
        if constexpr (std::is_same_v<R, Decision>)
            return m_context.decision();
        else
            return m_context.file.frictionCase;
    }
    void setUp(QWidget* field, const char* objectName, const QString& label);

    CaseStage m_stage;
    WizardContext& m_context;
    QFormLayout* m_form;
    QVBoxLayout* m_body;
    QList<QWidget*> m_editables;
    QList<std::function<void()>> m_shows;
    bool m_loading = false;
};

} // namespace accord
