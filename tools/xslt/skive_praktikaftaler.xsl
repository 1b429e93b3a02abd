<?xml version="1.0" encoding="UTF-8"?>
<!-- Skive's case system turns its export into the exchange format the partner municipalities receive
     (invented, in the style of the OIO schemas: a prefix for each namespace). Run by xsltproc. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:pa="urn:skive-kommune:jobcenter:praktikaftale:1"
    xmlns:cpr="urn:oio:cpr-dk:1.0.0" xmlns:cvr="urn:oio:cvr-dk:1.0.0">
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:decimal-format name="da" decimal-separator="," grouping-separator="."/>

  <xsl:template match="/sager">
    <pa:Praktikaftaler dannet="{@udtraek}">
      <pa:Afsender>Jobcenter Skive</pa:Afsender>
      <xsl:apply-templates select="sag"/>
    </pa:Praktikaftaler>
  </xsl:template>

  <xsl:template match="sag">
    <pa:Praktikaftale sagsnummer="{@nr}">
      <pa:Borger>
        <cpr:PersonCivilRegistrationIdentifier><xsl:value-of select="borger/@cpr"/></cpr:PersonCivilRegistrationIdentifier>
        <pa:Navn><xsl:value-of select="borger/@navn"/></pa:Navn>
      </pa:Borger>
      <pa:Virksomhed>
        <cvr:CVRnumberIdentifier><xsl:value-of select="virksomhed/@cvr"/></cvr:CVRnumberIdentifier>
        <pa:Navn><xsl:value-of select="virksomhed/@navn"/></pa:Navn>
        <pa:Produktionsenhed>
          <cvr:ProductionUnitIdentifier><xsl:value-of select="enhed/@pnr"/></cvr:ProductionUnitIdentifier>
          <pa:Navn><xsl:value-of select="enhed/@navn"/></pa:Navn>
        </pa:Produktionsenhed>
      </pa:Virksomhed>
      <pa:Periode>
        <pa:StartDato><xsl:value-of select="forloeb/@start"/></pa:StartDato>
        <pa:SlutDato><xsl:value-of select="forloeb/@slut"/></pa:SlutDato>
      </pa:Periode>
      <pa:TimerPrUge><xsl:value-of select="format-number(forloeb/@timer, '0,0', 'da')"/></pa:TimerPrUge>
      <pa:Ydelse>
        <xsl:choose>
          <xsl:when test="ydelse/@kode = 'KH'">Kontanthjælp</xsl:when>
          <xsl:when test="ydelse/@kode = 'UH'">Uddannelseshjælp</xsl:when>
          <xsl:when test="ydelse/@kode = 'SDP'">Sygedagpenge</xsl:when>
          <xsl:otherwise><xsl:value-of select="ydelse/@kode"/></xsl:otherwise>
        </xsl:choose>
      </pa:Ydelse>
      <pa:Visitation>
        <xsl:choose>
          <xsl:when test="ydelse/@visitation = 'AP'">Aktivitetsparat</xsl:when>
          <xsl:when test="ydelse/@visitation = 'JP'">Jobparat</xsl:when>
          <xsl:when test="ydelse/@visitation = 'UP'">Uddannelsesparat</xsl:when>
        </xsl:choose>
      </pa:Visitation>
      <pa:Mentor ansat="{ydelse/../mentor/@ansat}">
        <pa:Navn><xsl:value-of select="mentor/@navn"/></pa:Navn>
      </pa:Mentor>
      <pa:Sagsbehandler>
        <pa:Navn><xsl:value-of select="sagsbehandler/@navn"/></pa:Navn>
        <pa:Email><xsl:value-of select="sagsbehandler/@mail"/></pa:Email>
        <pa:Telefon><xsl:value-of select="sagsbehandler/@tlf"/></pa:Telefon>
      </pa:Sagsbehandler>
      <xsl:if test="string(formaal)">
        <pa:Formaal><xsl:value-of select="formaal"/></pa:Formaal>
      </xsl:if>
    </pa:Praktikaftale>
  </xsl:template>
</xsl:stylesheet>
