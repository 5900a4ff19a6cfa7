/** Layout, navigation, the home dashboards, public pages and error answers. Nobody depends on it. */
@org.springframework.modulith.ApplicationModule
package org.familyties.web;
