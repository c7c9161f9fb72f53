import { useAppState } from '../../app/app-state';
import { MemberReview } from './MemberReview';
import { SecretariatReview } from './SecretariatReview';

/** 'Telaah': the member's packet in review mode, the secretariat's packets and merged responses otherwise. */
export function ReviewScreen() {
  const { info } = useAppState();
  return info.mode === 'telaah' ? <MemberReview /> : <SecretariatReview />;
}
