# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'charter_page.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QSplitter,
    QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_CharterForm(object):
    def setupUi(self, CharterForm):
        if not CharterForm.objectName():
            CharterForm.setObjectName(u"CharterForm")
        CharterForm.resize(1200, 720)
        self.mainLayout = QVBoxLayout(CharterForm)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(12, 12, 12, 8)
        self.headerLayout = QGridLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.headerLayout.setHorizontalSpacing(12)
        self.headerLayout.setVerticalSpacing(2)
        self.backButton = QPushButton(CharterForm)
        self.backButton.setObjectName(u"backButton")

        self.headerLayout.addWidget(self.backButton, 0, 0, 1, 1)

        self.titleLabel = QLabel(CharterForm)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"\u2014")
        self.titleLabel.setWordWrap(True)
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.titleLabel, 0, 1, 1, 1)

        self.stateLabel = QLabel(CharterForm)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setText(u"")
        self.stateLabel.setWordWrap(True)

        self.headerLayout.addWidget(self.stateLabel, 1, 1, 1, 1)

        self.headerLayout.setColumnStretch(1, 1)

        self.mainLayout.addLayout(self.headerLayout)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setSpacing(6)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.pdfButton = QPushButton(CharterForm)
        self.pdfButton.setObjectName(u"pdfButton")

        self.actionsLayout.addWidget(self.pdfButton)

        self.newDraftButton = QPushButton(CharterForm)
        self.newDraftButton.setObjectName(u"newDraftButton")

        self.actionsLayout.addWidget(self.newDraftButton)

        self.recordButton = QPushButton(CharterForm)
        self.recordButton.setObjectName(u"recordButton")

        self.actionsLayout.addWidget(self.recordButton)

        self.signButton = QPushButton(CharterForm)
        self.signButton.setObjectName(u"signButton")

        self.actionsLayout.addWidget(self.signButton)

        self.reviewButton = QPushButton(CharterForm)
        self.reviewButton.setObjectName(u"reviewButton")

        self.actionsLayout.addWidget(self.reviewButton)

        self.submitButton = QPushButton(CharterForm)
        self.submitButton.setObjectName(u"submitButton")

        self.actionsLayout.addWidget(self.submitButton)

        self.approvalButton = QPushButton(CharterForm)
        self.approvalButton.setObjectName(u"approvalButton")

        self.actionsLayout.addWidget(self.approvalButton)

        self.remarksButton = QPushButton(CharterForm)
        self.remarksButton.setObjectName(u"remarksButton")

        self.actionsLayout.addWidget(self.remarksButton)

        self.amendmentButton = QPushButton(CharterForm)
        self.amendmentButton.setObjectName(u"amendmentButton")

        self.actionsLayout.addWidget(self.amendmentButton)

        self.noticeButton = QPushButton(CharterForm)
        self.noticeButton.setObjectName(u"noticeButton")

        self.actionsLayout.addWidget(self.noticeButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.mainLayout.addLayout(self.actionsLayout)

        self.splitter = QSplitter(CharterForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.versionsView = QTableView(self.splitter)
        self.versionsView.setObjectName(u"versionsView")
        self.splitter.addWidget(self.versionsView)
        self.tabs = QTabWidget(self.splitter)
        self.tabs.setObjectName(u"tabs")
        self.signaturesTab = QWidget()
        self.signaturesTab.setObjectName(u"signaturesTab")
        self.signaturesLayout = QVBoxLayout(self.signaturesTab)
        self.signaturesLayout.setObjectName(u"signaturesLayout")
        self.trackerView = QTableView(self.signaturesTab)
        self.trackerView.setObjectName(u"trackerView")

        self.signaturesLayout.addWidget(self.trackerView)

        self.trackerHint = QLabel(self.signaturesTab)
        self.trackerHint.setObjectName(u"trackerHint")
        self.trackerHint.setText(u"")
        self.trackerHint.setWordWrap(True)

        self.signaturesLayout.addWidget(self.trackerHint)

        self.tabs.addTab(self.signaturesTab, "")
        self.draftTab = QWidget()
        self.draftTab.setObjectName(u"draftTab")
        self.draftLayout = QVBoxLayout(self.draftTab)
        self.draftLayout.setSpacing(8)
        self.draftLayout.setObjectName(u"draftLayout")
        self.draftGrid = QGridLayout()
        self.draftGrid.setObjectName(u"draftGrid")
        self.draftGrid.setHorizontalSpacing(8)
        self.draftGrid.setVerticalSpacing(6)
        self.languageLabel = QLabel(self.draftTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.draftGrid.addWidget(self.languageLabel, 0, 0, 1, 1)

        self.languageCombo = QComboBox(self.draftTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.draftGrid.addWidget(self.languageCombo, 0, 1, 1, 1)

        self.startCheck = QCheckBox(self.draftTab)
        self.startCheck.setObjectName(u"startCheck")

        self.draftGrid.addWidget(self.startCheck, 0, 2, 1, 1)

        self.startDateEdit = QDateEdit(self.draftTab)
        self.startDateEdit.setObjectName(u"startDateEdit")
        self.startDateEdit.setCalendarPopup(True)

        self.draftGrid.addWidget(self.startDateEdit, 0, 3, 1, 1)

        self.durationLabel = QLabel(self.draftTab)
        self.durationLabel.setObjectName(u"durationLabel")

        self.draftGrid.addWidget(self.durationLabel, 0, 4, 1, 1)

        self.durationSpin = QSpinBox(self.draftTab)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(240)

        self.draftGrid.addWidget(self.durationSpin, 0, 5, 1, 1)

        self.municipalityLabel = QLabel(self.draftTab)
        self.municipalityLabel.setObjectName(u"municipalityLabel")

        self.draftGrid.addWidget(self.municipalityLabel, 1, 0, 1, 1)

        self.municipalityLayout = QHBoxLayout()
        self.municipalityLayout.setSpacing(16)
        self.municipalityLayout.setObjectName(u"municipalityLayout")
        self.mayorCheck = QCheckBox(self.draftTab)
        self.mayorCheck.setObjectName(u"mayorCheck")

        self.municipalityLayout.addWidget(self.mayorCheck)

        self.preventionCheck = QCheckBox(self.draftTab)
        self.preventionCheck.setObjectName(u"preventionCheck")

        self.municipalityLayout.addWidget(self.preventionCheck)

        self.municipalitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.municipalityLayout.addItem(self.municipalitySpacer)


        self.draftGrid.addLayout(self.municipalityLayout, 1, 1, 1, 6)

        self.draftGrid.setColumnStretch(6, 1)

        self.draftLayout.addLayout(self.draftGrid)

        self.sectionsLayout = QHBoxLayout()
        self.sectionsLayout.setSpacing(8)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionList = QListWidget(self.draftTab)
        self.sectionList.setObjectName(u"sectionList")

        self.sectionsLayout.addWidget(self.sectionList)

        self.sectionEdit = QPlainTextEdit(self.draftTab)
        self.sectionEdit.setObjectName(u"sectionEdit")
        self.sectionEdit.setTabChangesFocus(True)

        self.sectionsLayout.addWidget(self.sectionEdit)

        self.sectionsLayout.setStretch(1, 1)

        self.draftLayout.addLayout(self.sectionsLayout)

        self.missingLabel = QLabel(self.draftTab)
        self.missingLabel.setObjectName(u"missingLabel")
        self.missingLabel.setText(u"")
        self.missingLabel.setWordWrap(True)
        self.missingLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.draftLayout.addWidget(self.missingLabel)

        self.draftButtons = QHBoxLayout()
        self.draftButtons.setSpacing(6)
        self.draftButtons.setObjectName(u"draftButtons")
        self.checkButton = QPushButton(self.draftTab)
        self.checkButton.setObjectName(u"checkButton")

        self.draftButtons.addWidget(self.checkButton)

        self.draftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draftButtons.addItem(self.draftSpacer)

        self.changesLabel = QLabel(self.draftTab)
        self.changesLabel.setObjectName(u"changesLabel")
        self.changesLabel.setText(u"")

        self.draftButtons.addWidget(self.changesLabel)

        self.revertButton = QPushButton(self.draftTab)
        self.revertButton.setObjectName(u"revertButton")

        self.draftButtons.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.draftTab)
        self.saveButton.setObjectName(u"saveButton")

        self.draftButtons.addWidget(self.saveButton)

        self.sendButton = QPushButton(self.draftTab)
        self.sendButton.setObjectName(u"sendButton")

        self.draftButtons.addWidget(self.sendButton)


        self.draftLayout.addLayout(self.draftButtons)

        self.tabs.addTab(self.draftTab, "")
        self.filesTab = QWidget()
        self.filesTab.setObjectName(u"filesTab")
        self.filesLayout = QVBoxLayout(self.filesTab)
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesView = QTableView(self.filesTab)
        self.filesView.setObjectName(u"filesView")

        self.filesLayout.addWidget(self.filesView)

        self.fileButtons = QHBoxLayout()
        self.fileButtons.setObjectName(u"fileButtons")
        self.filesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileButtons.addItem(self.filesSpacer)

        self.saveFileButton = QPushButton(self.filesTab)
        self.saveFileButton.setObjectName(u"saveFileButton")

        self.fileButtons.addWidget(self.saveFileButton)

        self.openFileButton = QPushButton(self.filesTab)
        self.openFileButton.setObjectName(u"openFileButton")

        self.fileButtons.addWidget(self.openFileButton)


        self.filesLayout.addLayout(self.fileButtons)

        self.tabs.addTab(self.filesTab, "")
        self.splitter.addWidget(self.tabs)

        self.mainLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.durationLabel.setBuddy(self.durationSpin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.backButton, self.versionsView)
        QWidget.setTabOrder(self.versionsView, self.tabs)
        QWidget.setTabOrder(self.tabs, self.trackerView)
        QWidget.setTabOrder(self.trackerView, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.startCheck)
        QWidget.setTabOrder(self.startCheck, self.startDateEdit)
        QWidget.setTabOrder(self.startDateEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.mayorCheck)
        QWidget.setTabOrder(self.mayorCheck, self.preventionCheck)
        QWidget.setTabOrder(self.preventionCheck, self.sectionList)
        QWidget.setTabOrder(self.sectionList, self.sectionEdit)
        QWidget.setTabOrder(self.sectionEdit, self.checkButton)
        QWidget.setTabOrder(self.checkButton, self.revertButton)
        QWidget.setTabOrder(self.revertButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.sendButton)
        QWidget.setTabOrder(self.sendButton, self.filesView)
        QWidget.setTabOrder(self.filesView, self.saveFileButton)
        QWidget.setTabOrder(self.saveFileButton, self.openFileButton)

        self.retranslateUi(CharterForm)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CharterForm)
    # setupUi

    def retranslateUi(self, CharterForm):
#if QT_CONFIG(accessibility)
        CharterForm.setAccessibleName(QCoreApplication.translate("CharterForm", u"Charter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.backButton.setToolTip(QCoreApplication.translate("CharterForm", u"Back to where you came from (Alt+Left)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.backButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Back", None))
#endif // QT_CONFIG(accessibility)
        self.backButton.setText(QCoreApplication.translate("CharterForm", u"\u2190 Back", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("CharterForm", u"Charter of the network", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.stateLabel.setAccessibleName(QCoreApplication.translate("CharterForm", u"State of the network", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.pdfButton.setToolTip(QCoreApplication.translate("CharterForm", u"Save the unsigned PDF of the selected version, in one of its languages", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.pdfButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Save the unsigned PDF", None))
#endif // QT_CONFIG(accessibility)
        self.pdfButton.setText(QCoreApplication.translate("CharterForm", u"PDF\u2026", None))
#if QT_CONFIG(tooltip)
        self.newDraftButton.setToolTip(QCoreApplication.translate("CharterForm", u"Start a new version of the charter, from the texts of the previous one", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.newDraftButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Draft a new version", None))
#endif // QT_CONFIG(accessibility)
        self.newDraftButton.setText(QCoreApplication.translate("CharterForm", u"Draft a new version", None))
#if QT_CONFIG(tooltip)
        self.recordButton.setToolTip(QCoreApplication.translate("CharterForm", u"Record a signed PDF that came back, or a signature on paper", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.recordButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Record a signature", None))
#endif // QT_CONFIG(accessibility)
        self.recordButton.setText(QCoreApplication.translate("CharterForm", u"Record signature\u2026", None))
#if QT_CONFIG(accessibility)
        self.signButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Sign", None))
#endif // QT_CONFIG(accessibility)
        self.signButton.setText(QCoreApplication.translate("CharterForm", u"Sign\u2026", None))
#if QT_CONFIG(accessibility)
        self.reviewButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Korpschef review", None))
#endif // QT_CONFIG(accessibility)
        self.reviewButton.setText(QCoreApplication.translate("CharterForm", u"Korpschef review\u2026", None))
#if QT_CONFIG(accessibility)
        self.submitButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Submit to ADVP", None))
#endif // QT_CONFIG(accessibility)
        self.submitButton.setText(QCoreApplication.translate("CharterForm", u"Submit to ADVP\u2026", None))
#if QT_CONFIG(tooltip)
        self.approvalButton.setToolTip(QCoreApplication.translate("CharterForm", u"ADVP confirmed the charter by letter: the network becomes official", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.approvalButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Record ADVP approval", None))
#endif // QT_CONFIG(accessibility)
        self.approvalButton.setText(QCoreApplication.translate("CharterForm", u"Record ADVP approval\u2026", None))
#if QT_CONFIG(tooltip)
        self.remarksButton.setToolTip(QCoreApplication.translate("CharterForm", u"ADVP sent the charter back with remarks: the network drafts a new version", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.remarksButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Record ADVP remarks", None))
#endif // QT_CONFIG(accessibility)
        self.remarksButton.setText(QCoreApplication.translate("CharterForm", u"Record ADVP remarks\u2026", None))
#if QT_CONFIG(tooltip)
        self.amendmentButton.setToolTip(QCoreApplication.translate("CharterForm", u"Amend the charter of this active network: a new version to sign and to notify to ADVP", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.amendmentButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Start an amendment", None))
#endif // QT_CONFIG(accessibility)
        self.amendmentButton.setText(QCoreApplication.translate("CharterForm", u"Start amendment\u2026", None))
#if QT_CONFIG(tooltip)
        self.noticeButton.setToolTip(QCoreApplication.translate("CharterForm", u"Tell ADVP that this network was suspended, became inactive, merged or was dissolved", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.noticeButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Notice to ADVP", None))
#endif // QT_CONFIG(accessibility)
        self.noticeButton.setText(QCoreApplication.translate("CharterForm", u"Notice to ADVP\u2026", None))
#if QT_CONFIG(accessibility)
        self.versionsView.setAccessibleName(QCoreApplication.translate("CharterForm", u"Versions of the charter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("CharterForm", u"The selected version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trackerView.setAccessibleName(QCoreApplication.translate("CharterForm", u"Signatures of the selected version", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.signaturesTab), QCoreApplication.translate("CharterForm", u"Signatures", None))
        self.languageLabel.setText(QCoreApplication.translate("CharterForm", u"Document &language:", None))
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("CharterForm", u"The language of the texts you edit; the charter is printed in every language of the network", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("CharterForm", u"Document language", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.startCheck.setToolTip(QCoreApplication.translate("CharterForm", u"Tick when the start date is agreed", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.startCheck.setAccessibleName(QCoreApplication.translate("CharterForm", u"The start date is agreed", None))
#endif // QT_CONFIG(accessibility)
        self.startCheck.setText(QCoreApplication.translate("CharterForm", u"&Starts on:", None))
#if QT_CONFIG(accessibility)
        self.startDateEdit.setAccessibleName(QCoreApplication.translate("CharterForm", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.durationLabel.setText(QCoreApplication.translate("CharterForm", u"D&uration:", None))
#if QT_CONFIG(tooltip)
        self.durationSpin.setToolTip(QCoreApplication.translate("CharterForm", u"In months; 0 for an indefinite period", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.durationSpin.setAccessibleName(QCoreApplication.translate("CharterForm", u"Duration in months", None))
#endif // QT_CONFIG(accessibility)
        self.municipalityLabel.setText(QCoreApplication.translate("CharterForm", u"Municipality signs by:", None))
#if QT_CONFIG(accessibility)
        self.mayorCheck.setAccessibleName(QCoreApplication.translate("CharterForm", u"The mayor signs", None))
#endif // QT_CONFIG(accessibility)
        self.mayorCheck.setText(QCoreApplication.translate("CharterForm", u"the &mayor", None))
#if QT_CONFIG(accessibility)
        self.preventionCheck.setAccessibleName(QCoreApplication.translate("CharterForm", u"The prevention officer signs", None))
#endif // QT_CONFIG(accessibility)
        self.preventionCheck.setText(QCoreApplication.translate("CharterForm", u"the &prevention officer", None))
#if QT_CONFIG(accessibility)
        self.sectionList.setAccessibleName(QCoreApplication.translate("CharterForm", u"Sections of the charter", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sectionEdit.setAccessibleName(QCoreApplication.translate("CharterForm", u"Text of the section", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.missingLabel.setAccessibleName(QCoreApplication.translate("CharterForm", u"What ADVP would find missing", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.checkButton.setToolTip(QCoreApplication.translate("CharterForm", u"Save, then list what ADVP would find missing", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.checkButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Check for ADVP", None))
#endif // QT_CONFIG(accessibility)
        self.checkButton.setText(QCoreApplication.translate("CharterForm", u"&Check for ADVP", None))
#if QT_CONFIG(accessibility)
        self.revertButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Undo changes", None))
#endif // QT_CONFIG(accessibility)
        self.revertButton.setText(QCoreApplication.translate("CharterForm", u"Undo changes", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("CharterForm", u"Save the draft (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Save", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("CharterForm", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.sendButton.setToolTip(QCoreApplication.translate("CharterForm", u"Freeze this version and ask every signatory to sign it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.sendButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Send for signature", None))
#endif // QT_CONFIG(accessibility)
        self.sendButton.setText(QCoreApplication.translate("CharterForm", u"Send for signature\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.draftTab), QCoreApplication.translate("CharterForm", u"Draft", None))
#if QT_CONFIG(accessibility)
        self.filesView.setAccessibleName(QCoreApplication.translate("CharterForm", u"Files of the selected version", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.saveFileButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Save the file as", None))
#endif // QT_CONFIG(accessibility)
        self.saveFileButton.setText(QCoreApplication.translate("CharterForm", u"Save as\u2026", None))
#if QT_CONFIG(tooltip)
        self.openFileButton.setToolTip(QCoreApplication.translate("CharterForm", u"Open the file with the program this computer uses for it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openFileButton.setAccessibleName(QCoreApplication.translate("CharterForm", u"Open file", None))
#endif // QT_CONFIG(accessibility)
        self.openFileButton.setText(QCoreApplication.translate("CharterForm", u"Open file", None))
        self.tabs.setTabText(self.tabs.indexOf(self.filesTab), QCoreApplication.translate("CharterForm", u"Files", None))
    # retranslateUi

