/**
 * Cadres' participation on the provincial page (seed 000: 100 % of cadres follow and interact with the
 * province union's fanpage): who counts as a cadre (staff accounts on their home unit, and each unit's
 * roster of people without a login), self-declarations, imported interaction lists, and the shares per
 * unit rolled up over any subtree. Rules without Spring: {@link vn.lantoa.channels.participation.ProfileLink},
 * {@link vn.lantoa.channels.participation.DeclarationRules}, {@link vn.lantoa.channels.participation.RosterRules},
 * {@link vn.lantoa.channels.participation.RosterPlan}, {@link vn.lantoa.channels.participation.InteractionPlan}.
 */
package vn.lantoa.channels.participation;
