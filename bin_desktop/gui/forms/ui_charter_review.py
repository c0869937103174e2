# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'charter_review.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
    QTabWidget, QToolButton, QVBoxLayout, QWidget)

class Ui_KorpschefReviewForm(object):
    def setupUi(self, KorpschefReviewForm):
        if not KorpschefReviewForm.objectName():
            KorpschefReviewForm.setObjectName(u"KorpschefReviewForm")
        KorpschefReviewForm.resize(1280, 720)
        self.mainLayout = QVBoxLayout(KorpschefReviewForm)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(KorpschefReviewForm)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.splitter = QSplitter(KorpschefReviewForm)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.previewPanel = QWidget(self.splitter)
        self.previewPanel.setObjectName(u"previewPanel")
        self.previewLayout = QVBoxLayout(self.previewPanel)
        self.previewLayout.setSpacing(4)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLayout.setContentsMargins(0, 0, 0, 0)
        self.previewBar = QHBoxLayout()
        self.previewBar.setSpacing(6)
        self.previewBar.setObjectName(u"previewBar")
        self.zoomOutButton = QToolButton(self.previewPanel)
        self.zoomOutButton.setObjectName(u"zoomOutButton")
        self.zoomOutButton.setText(u"\u2212")

        self.previewBar.addWidget(self.zoomOutButton)

        self.zoomInButton = QToolButton(self.previewPanel)
        self.zoomInButton.setObjectName(u"zoomInButton")
        self.zoomInButton.setText(u"+")

        self.previewBar.addWidget(self.zoomInButton)

        self.fitButton = QToolButton(self.previewPanel)
        self.fitButton.setObjectName(u"fitButton")
        self.fitButton.setCheckable(True)
        self.fitButton.setChecked(True)

        self.previewBar.addWidget(self.fitButton)

        self.pageLabel = QLabel(self.previewPanel)
        self.pageLabel.setObjectName(u"pageLabel")
        self.pageLabel.setText(u"")

        self.previewBar.addWidget(self.pageLabel)

        self.previewSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.previewBar.addItem(self.previewSpacer)


        self.previewLayout.addLayout(self.previewBar)

        self.pagesArea = QScrollArea(self.previewPanel)
        self.pagesArea.setObjectName(u"pagesArea")
        self.pagesArea.setWidgetResizable(True)
        self.pagesWidget = QWidget()
        self.pagesWidget.setObjectName(u"pagesWidget")
        self.pagesLayout = QVBoxLayout(self.pagesWidget)
        self.pagesLayout.setSpacing(12)
        self.pagesLayout.setObjectName(u"pagesLayout")
        self.pagesArea.setWidget(self.pagesWidget)

        self.previewLayout.addWidget(self.pagesArea)

        self.splitter.addWidget(self.previewPanel)
        self.sideArea = QScrollArea(self.splitter)
        self.sideArea.setObjectName(u"sideArea")
        self.sideArea.setFrameShape(QFrame.Shape.NoFrame)
        self.sideArea.setWidgetResizable(True)
        self.sideWidget = QWidget()
        self.sideWidget.setObjectName(u"sideWidget")
        self.sideLayout = QVBoxLayout(self.sideWidget)
        self.sideLayout.setSpacing(8)
        self.sideLayout.setObjectName(u"sideLayout")
        self.sideLayout.setContentsMargins(4, 0, 4, 0)
        self.summaryBox = QGroupBox(self.sideWidget)
        self.summaryBox.setObjectName(u"summaryBox")
        self.summaryLayout = QFormLayout(self.summaryBox)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.summaryLayout.setVerticalSpacing(4)
        self.networkCaption = QLabel(self.summaryBox)
        self.networkCaption.setObjectName(u"networkCaption")

        self.summaryLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.networkCaption)

        self.networkValue = QLabel(self.summaryBox)
        self.networkValue.setObjectName(u"networkValue")
        self.networkValue.setText(u"")
        self.networkValue.setWordWrap(True)

        self.summaryLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.networkValue)

        self.versionCaption = QLabel(self.summaryBox)
        self.versionCaption.setObjectName(u"versionCaption")

        self.summaryLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.versionCaption)

        self.versionValue = QLabel(self.summaryBox)
        self.versionValue.setObjectName(u"versionValue")
        self.versionValue.setText(u"")
        self.versionValue.setWordWrap(True)

        self.summaryLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.versionValue)

        self.hashCaption = QLabel(self.summaryBox)
        self.hashCaption.setObjectName(u"hashCaption")

        self.summaryLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.hashCaption)

        self.hashValue = QLabel(self.summaryBox)
        self.hashValue.setObjectName(u"hashValue")
        self.hashValue.setText(u"")
        self.hashValue.setWordWrap(True)
        self.hashValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.hashValue)

        self.territoryCaption = QLabel(self.summaryBox)
        self.territoryCaption.setObjectName(u"territoryCaption")

        self.summaryLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.territoryCaption)

        self.territoryValue = QLabel(self.summaryBox)
        self.territoryValue.setObjectName(u"territoryValue")
        self.territoryValue.setText(u"")
        self.territoryValue.setWordWrap(True)

        self.summaryLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.territoryValue)

        self.categoriesCaption = QLabel(self.summaryBox)
        self.categoriesCaption.setObjectName(u"categoriesCaption")

        self.summaryLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoriesCaption)

        self.categoriesValue = QLabel(self.summaryBox)
        self.categoriesValue.setObjectName(u"categoriesValue")
        self.categoriesValue.setText(u"")
        self.categoriesValue.setWordWrap(True)

        self.summaryLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.categoriesValue)

        self.partnersCaption = QLabel(self.summaryBox)
        self.partnersCaption.setObjectName(u"partnersCaption")

        self.summaryLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.partnersCaption)

        self.partnersValue = QLabel(self.summaryBox)
        self.partnersValue.setObjectName(u"partnersValue")
        self.partnersValue.setText(u"")
        self.partnersValue.setWordWrap(True)

        self.summaryLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.partnersValue)


        self.sideLayout.addWidget(self.summaryBox)

        self.checklistBox = QGroupBox(self.sideWidget)
        self.checklistBox.setObjectName(u"checklistBox")
        self.checklistLayout = QVBoxLayout(self.checklistBox)
        self.checklistLayout.setSpacing(4)
        self.checklistLayout.setObjectName(u"checklistLayout")
        self.objectivesCheck = QCheckBox(self.checklistBox)
        self.objectivesCheck.setObjectName(u"objectivesCheck")

        self.checklistLayout.addWidget(self.objectivesCheck)

        self.partnersCheck = QCheckBox(self.checklistBox)
        self.partnersCheck.setObjectName(u"partnersCheck")

        self.checklistLayout.addWidget(self.partnersCheck)

        self.territoryCheck = QCheckBox(self.checklistBox)
        self.territoryCheck.setObjectName(u"territoryCheck")

        self.checklistLayout.addWidget(self.territoryCheck)

        self.communicationCheck = QCheckBox(self.checklistBox)
        self.communicationCheck.setObjectName(u"communicationCheck")

        self.checklistLayout.addWidget(self.communicationCheck)

        self.privacyCheck = QCheckBox(self.checklistBox)
        self.privacyCheck.setObjectName(u"privacyCheck")

        self.checklistLayout.addWidget(self.privacyCheck)


        self.sideLayout.addWidget(self.checklistBox)

        self.signaturesBox = QGroupBox(self.sideWidget)
        self.signaturesBox.setObjectName(u"signaturesBox")
        self.signaturesLayout = QVBoxLayout(self.signaturesBox)
        self.signaturesLayout.setObjectName(u"signaturesLayout")
        self.signaturesValue = QLabel(self.signaturesBox)
        self.signaturesValue.setObjectName(u"signaturesValue")
        self.signaturesValue.setText(u"")
        self.signaturesValue.setWordWrap(True)

        self.signaturesLayout.addWidget(self.signaturesValue)


        self.sideLayout.addWidget(self.signaturesBox)

        self.decisionTabs = QTabWidget(self.sideWidget)
        self.decisionTabs.setObjectName(u"decisionTabs")
        self.signTab = QWidget()
        self.signTab.setObjectName(u"signTab")
        self.signLayout = QVBoxLayout(self.signTab)
        self.signLayout.setObjectName(u"signLayout")
        self.signHint = QLabel(self.signTab)
        self.signHint.setObjectName(u"signHint")
        self.signHint.setText(u"")
        self.signHint.setWordWrap(True)

        self.signLayout.addWidget(self.signHint)

        self.signButtonLayout = QHBoxLayout()
        self.signButtonLayout.setObjectName(u"signButtonLayout")
        self.signSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.signButtonLayout.addItem(self.signSpacer)

        self.signButton = QPushButton(self.signTab)
        self.signButton.setObjectName(u"signButton")

        self.signButtonLayout.addWidget(self.signButton)


        self.signLayout.addLayout(self.signButtonLayout)

        self.decisionTabs.addTab(self.signTab, "")
        self.sendBackTab = QWidget()
        self.sendBackTab.setObjectName(u"sendBackTab")
        self.sendBackLayout = QVBoxLayout(self.sendBackTab)
        self.sendBackLayout.setObjectName(u"sendBackLayout")
        self.reasonsEdit = QPlainTextEdit(self.sendBackTab)
        self.reasonsEdit.setObjectName(u"reasonsEdit")
        self.reasonsEdit.setTabChangesFocus(True)

        self.sendBackLayout.addWidget(self.reasonsEdit)

        self.sendBackButtonLayout = QHBoxLayout()
        self.sendBackButtonLayout.setObjectName(u"sendBackButtonLayout")
        self.sendBackSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sendBackButtonLayout.addItem(self.sendBackSpacer)

        self.sendBackButton = QPushButton(self.sendBackTab)
        self.sendBackButton.setObjectName(u"sendBackButton")

        self.sendBackButtonLayout.addWidget(self.sendBackButton)


        self.sendBackLayout.addLayout(self.sendBackButtonLayout)

        self.decisionTabs.addTab(self.sendBackTab, "")

        self.sideLayout.addWidget(self.decisionTabs)

        self.sideSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sideLayout.addItem(self.sideSpacer)

        self.sideArea.setWidget(self.sideWidget)
        self.splitter.addWidget(self.sideArea)

        self.mainLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(KorpschefReviewForm)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

        self.mainLayout.setStretch(1, 1)
        QWidget.setTabOrder(self.pagesArea, self.zoomOutButton)
        QWidget.setTabOrder(self.zoomOutButton, self.zoomInButton)
        QWidget.setTabOrder(self.zoomInButton, self.fitButton)
        QWidget.setTabOrder(self.fitButton, self.objectivesCheck)
        QWidget.setTabOrder(self.objectivesCheck, self.partnersCheck)
        QWidget.setTabOrder(self.partnersCheck, self.territoryCheck)
        QWidget.setTabOrder(self.territoryCheck, self.communicationCheck)
        QWidget.setTabOrder(self.communicationCheck, self.privacyCheck)
        QWidget.setTabOrder(self.privacyCheck, self.signButton)
        QWidget.setTabOrder(self.signButton, self.reasonsEdit)
        QWidget.setTabOrder(self.reasonsEdit, self.sendBackButton)

        self.retranslateUi(KorpschefReviewForm)

        self.decisionTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(KorpschefReviewForm)
    # setupUi

    def retranslateUi(self, KorpschefReviewForm):
        KorpschefReviewForm.setWindowTitle(QCoreApplication.translate("KorpschefReviewForm", u"Korpschef review of the charter", None))
#if QT_CONFIG(accessibility)
        KorpschefReviewForm.setAccessibleName(QCoreApplication.translate("KorpschefReviewForm", u"Korpschef review of the charter", None))
#endif // QT_CONFIG(accessibility)
        self.introLabel.setText(QCoreApplication.translate("KorpschefReviewForm", u"Read the charter exactly as it will be signed, tick what ADVP checks, then sign it or send it back with your reasons.", None))
#if QT_CONFIG(tooltip)
        self.zoomOutButton.setToolTip(QCoreApplication.translate("KorpschefReviewForm", u"Smaller (Ctrl+-)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomOutButton.setAccessibleName(QCoreApplication.translate("KorpschefReviewForm", u"Zoom out", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.zoomInButton.setToolTip(QCoreApplication.translate("KorpschefReviewForm", u"Larger (Ctrl++)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.zoomInButton.setAccessibleName(QCoreApplication.translate("KorpschefReviewForm", u"Zoom in", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.fitButton.setToolTip(QCoreApplication.translate("KorpschefReviewForm", u"Fit the pages to the width of the window", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.fitButton.setAccessibleName(QCoreApplication.translate("KorpschefReviewForm", u"Fit to width", None))
#endif // QT_CONFIG(accessibility)
        self.fitButton.setText(QCoreApplication.translate("KorpschefReviewForm", u"Fit to width", None))
#if QT_CONFIG(accessibility)
        self.pageLabel.setAccessibleName(QCoreApplication.translate("KorpschefReviewForm", u"Page shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pagesArea.setAccessibleName(QCoreApplication.translate("KorpschefReviewForm", u"Pages of the charter", None))
#endif // QT_CONFIG(accessibility)
        self.summaryBox.setTitle(QCoreApplication.translate("KorpschefReviewForm", u"The charter", None))
        self.networkCaption.setText(QCoreApplication.translate("KorpschefReviewForm", u"Network:", None))
        self.versionCaption.setText(QCoreApplication.translate("KorpschefReviewForm", u"Version:", None))
        self.hashCaption.setText(QCoreApplication.translate("KorpschefReviewForm", u"Fingerprint:", None))
#if QT_CONFIG(tooltip)
        self.hashValue.setToolTip(QCoreApplication.translate("KorpschefReviewForm", u"The sha256 of the version sent for signature: printed on every page", None))
#endif // QT_CONFIG(tooltip)
        self.territoryCaption.setText(QCoreApplication.translate("KorpschefReviewForm", u"Territory:", None))
        self.categoriesCaption.setText(QCoreApplication.translate("KorpschefReviewForm", u"Information:", None))
        self.partnersCaption.setText(QCoreApplication.translate("KorpschefReviewForm", u"Partners:", None))
        self.checklistBox.setTitle(QCoreApplication.translate("KorpschefReviewForm", u"What ADVP checks", None))
#if QT_CONFIG(tooltip)
        self.objectivesCheck.setToolTip(QCoreApplication.translate("KorpschefReviewForm", u"Participation, communication and prevention; no patrols, no political aim", None))
#endif // QT_CONFIG(tooltip)
        self.objectivesCheck.setText(QCoreApplication.translate("KorpschefReviewForm", u"The objectives", None))
#if QT_CONFIG(tooltip)
        self.partnersCheck.setToolTip(QCoreApplication.translate("KorpschefReviewForm", u"Coordinator, mandated officer, korpschef, mayor or prevention officer, with their roles and contact details", None))
#endif // QT_CONFIG(tooltip)
        self.partnersCheck.setText(QCoreApplication.translate("KorpschefReviewForm", u"Organisation structure and partners", None))
#if QT_CONFIG(tooltip)
        self.territoryCheck.setToolTip(QCoreApplication.translate("KorpschefReviewForm", u"The streets, postcodes and municipality of the network", None))
#endif // QT_CONFIG(tooltip)
        self.territoryCheck.setText(QCoreApplication.translate("KorpschefReviewForm", u"The territory", None))
#if QT_CONFIG(tooltip)
        self.communicationCheck.setToolTip(QCoreApplication.translate("KorpschefReviewForm", u"Which information flows which way, urgent and non-urgent channels, and what is never passed on: the BIN is not a snitch line", None))
#endif // QT_CONFIG(tooltip)
        self.communicationCheck.setText(QCoreApplication.translate("KorpschefReviewForm", u"Communication plan, \"not a snitch line\" clause", None))
#if QT_CONFIG(tooltip)
        self.privacyCheck.setToolTip(QCoreApplication.translate("KorpschefReviewForm", u"Purpose, who holds the member list, the rights of access, correction and erasure, no sharing", None))
#endif // QT_CONFIG(tooltip)
        self.privacyCheck.setText(QCoreApplication.translate("KorpschefReviewForm", u"The GDPR clause", None))
        self.signaturesBox.setTitle(QCoreApplication.translate("KorpschefReviewForm", u"The other signatures", None))
#if QT_CONFIG(accessibility)
        self.decisionTabs.setAccessibleName(QCoreApplication.translate("KorpschefReviewForm", u"Your decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.signButton.setAccessibleName(QCoreApplication.translate("KorpschefReviewForm", u"Sign the charter", None))
#endif // QT_CONFIG(accessibility)
        self.signButton.setText(QCoreApplication.translate("KorpschefReviewForm", u"&Sign", None))
        self.decisionTabs.setTabText(self.decisionTabs.indexOf(self.signTab), QCoreApplication.translate("KorpschefReviewForm", u"Sign as korpschef", None))
#if QT_CONFIG(accessibility)
        self.reasonsEdit.setAccessibleName(QCoreApplication.translate("KorpschefReviewForm", u"Reasons for sending the charter back", None))
#endif // QT_CONFIG(accessibility)
        self.reasonsEdit.setPlaceholderText(QCoreApplication.translate("KorpschefReviewForm", u"What must change before you sign (required to send back)", None))
#if QT_CONFIG(accessibility)
        self.sendBackButton.setAccessibleName(QCoreApplication.translate("KorpschefReviewForm", u"Send the charter back", None))
#endif // QT_CONFIG(accessibility)
        self.sendBackButton.setText(QCoreApplication.translate("KorpschefReviewForm", u"Send &back\u2026", None))
        self.decisionTabs.setTabText(self.decisionTabs.indexOf(self.sendBackTab), QCoreApplication.translate("KorpschefReviewForm", u"Send back", None))
    # retranslateUi

